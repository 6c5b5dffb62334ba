class Shape:
    pass

class Tagged:
    def __repr__(self):
        return "Tagged from " + type(self).__module__

def make():
    class Local:
        pass
    return Local
