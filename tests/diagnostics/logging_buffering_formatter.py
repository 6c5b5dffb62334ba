# error: 'BufferingFormatter' of the module 'logging' is not supported yet
import logging

fmt = logging.BufferingFormatter()
