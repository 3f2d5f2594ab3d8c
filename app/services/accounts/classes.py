"""Classes: a teacher creates one and gets a join code; learners join with it."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ...extensions import db
from ...models import Group, Membership, Quiz, QuizGroup, User
from ..errors import ServiceError
from ..ownership import owned

# No 0/O, 1/I/L: a code read aloud in class or copied from a board should survive.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


def new_code() -> str:
    """A random join code."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def create_class(teacher: User, name: str) -> Group:
    """A new class owned by the teacher, with a unique join code."""
    name = name.strip()
    if not name:
        raise ServiceError("Give the class a name.")
    for _ in range(5):
        group = Group(name=name[:120], owner_id=teacher.id, join_code=new_code())
        db.session.add(group)
        try:
            db.session.commit()
            return group
        except IntegrityError:  # a code clash: astronomically rare, try another
            db.session.rollback()
    raise ServiceError("Could not create the class; please try again.")


def normalise_code(code: str) -> str:
    """Codes are typed in any case, with spaces or dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def find_class(code: str) -> Group | None:
    """The class with this join code."""
    return db.session.scalar(select(Group).where(Group.join_code == normalise_code(code)))


def join_class(user: User, code: str) -> Group:
    """Join the class with this code; joining twice is harmless."""
    group = find_class(code)
    if group is None:
        raise ServiceError("No class has this code. Check it with your teacher.")
    exists = db.session.scalar(
        select(Membership.id).where(Membership.group_id == group.id, Membership.user_id == user.id)
    )
    if exists is None:
        db.session.add(Membership(group_id=group.id, user_id=user.id))
        try:
            db.session.commit()
        except IntegrityError:  # joined in another tab at the same moment
            db.session.rollback()
    return group


def own_classes(teacher: User) -> list[Group]:
    """The teacher's classes, newest first."""
    query = select(Group).where(Group.owner_id == teacher.id)
    return list(db.session.scalars(query.order_by(Group.created_at.desc(), Group.id.desc())))


def own_class(teacher: User, group_id: int) -> Group:
    """One of the teacher's classes, or NotFound (another teacher's class is not revealed)."""
    return owned(Group, group_id, teacher, lambda g: g.owner_id, "class")


def learner_group_ids(user: User) -> set[int]:
    """The classes the user belongs to."""
    query = select(Membership.group_id).where(Membership.user_id == user.id)
    return set(db.session.scalars(query))


def open_to(quiz: Quiz, groups: list[Group]) -> None:
    """Open the quiz to exactly these classes."""
    wanted = {g.id for g in groups}
    current = {
        qg.group_id: qg
        for qg in db.session.scalars(select(QuizGroup).where(QuizGroup.quiz_id == quiz.id))
    }
    for gid, row in current.items():
        if gid not in wanted:
            db.session.delete(row)
    for gid in wanted - set(current):
        db.session.add(QuizGroup(quiz_id=quiz.id, group_id=gid))
    db.session.commit()


def members(group: Group) -> list[tuple[Membership, User]]:
    """The class's learners with their memberships, in the order they joined (one query)."""
    query = (
        select(Membership, User)
        .join(User, User.id == Membership.user_id)
        .where(Membership.group_id == group.id)
        .order_by(Membership.joined_at, Membership.id)
    )
    return [(m, u) for m, u in db.session.execute(query).all()]
