# Flask-WTF 1.3.0: the part of its API that the app uses (see stubs/README.md).
from .csrf import CSRFProtect as CSRFProtect
from .form import FlaskForm as FlaskForm
