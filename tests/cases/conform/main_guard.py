# `__name__` of the program is "__main__": the usual guard runs.
def test_all():
    print("tests run from", __name__)

print(__name__)
if __name__ == "__main__":
    test_all()
else:
    print("imported")
