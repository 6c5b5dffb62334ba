# error: the module 'os' is not supported yet
import os
print(os.getcwd())
