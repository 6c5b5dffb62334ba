# error: 'gamma' of the module 'math' is not supported yet
import math
print(math.gamma(0.5))
