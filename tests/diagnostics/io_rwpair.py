# error: 'BufferedRWPair' of the module 'io' is not supported yet
import io

f = io.BufferedRWPair(None, None)
