# error: import is not supported yet
import os
print(os.getcwd())
