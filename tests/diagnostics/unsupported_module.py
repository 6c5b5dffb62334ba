# error: the module 'socket' is not supported yet
import socket
print(socket.gethostname())
