def hf():
    return 1
class K:
    def m(self): pass
