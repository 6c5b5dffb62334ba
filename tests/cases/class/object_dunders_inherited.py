class Base:
    pass
class Child(Base):
    def __init__(self):
        Base.__init__(self)
        self.x = 1
print(Child().x)
print(Base.__repr__(Base()).startswith("<__main__.Base object"), Base.__str__(Base()).startswith("<"))
print(Base.__eq__(Base(), 1), Base.__hash__ is not None, Base.__ne__ is not None)
