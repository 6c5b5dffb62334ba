# error: the 'surrogateescape' error handler
print(b'a\xffb'.decode('utf-8', 'surrogateescape'))
