# error: 'FileHandler' of the module 'logging' is not supported yet
import logging

handler = logging.FileHandler("log.txt")
