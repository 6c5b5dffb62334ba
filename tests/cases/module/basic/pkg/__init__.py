print("pkg init", __name__, __package__)
