# hashlib: every guaranteed algorithm over several inputs (digest and
# hexdigest, incremental updates, copies), SHAKE lengths, BLAKE2 with keys,
# salts, personalization and sizes, new() by name, file_digest, and
# CPython's errors.
import hashlib
import io

inputs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 5, bytearray(b'xyz')]
for name in sorted(hashlib.algorithms_guaranteed):
    for data in inputs:
        h = hashlib.new(name, data)
        if name.startswith('shake'):
            print(name, h.hexdigest(20), h.digest(5))
        else:
            print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
print(sorted(hashlib.algorithms_guaranteed) == sorted(hashlib.algorithms_available & hashlib.algorithms_guaranteed))

h = hashlib.sha256()
h.update(b'The quick brown fox ')
c = h.copy()
h.update(b'jumps over the lazy dog')
print(h.hexdigest() == hashlib.sha256(inputs[2]).hexdigest(), c.hexdigest(), h.digest() == h.digest())
print(type(h).__name__, type(hashlib.shake_128()).__name__, type(hashlib.blake2b()).__name__)
print(hashlib.md5(b'a').hexdigest(), hashlib.md5(string=b'a').hexdigest(), hashlib.new('SHA1', b'a').hexdigest())
print(hashlib.sha1(b'abc', usedforsecurity=False).hexdigest())

print(hashlib.blake2b(b'hi', digest_size=16).hexdigest(), hashlib.blake2s(b'hi', digest_size=8).hexdigest())
print(hashlib.blake2b(b'msg', key=b'secret', salt=b'salty', person=b'me').hexdigest())
print(hashlib.blake2s(b'msg', key=b'secret', salt=b'salt', person=b'me').hexdigest())
print(hashlib.blake2b(b'tree', fanout=2, depth=2, leaf_size=4096, node_offset=1, node_depth=0, inner_size=64,
                      last_node=True).hexdigest())
b2 = hashlib.blake2b(digest_size=20)
b2.update(b'part one ')
b3 = b2.copy()
b2.update(b'part two')
print(b2.hexdigest(), b3.hexdigest(), b2.digest_size, b2.block_size, b2.name)
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE,
      hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE, hashlib.new('blake2s', b'x').hexdigest())

print(hashlib.file_digest(io.BytesIO(b'file contents' * 1000), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())


def attempt(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, OverflowError, SystemError) as e:
        print(type(e).__name__, e)


attempt(lambda: hashlib.new('foo'))
attempt(lambda: hashlib.sha256('text'))
attempt(lambda: hashlib.sha256(5))
attempt(lambda: hashlib.md5().update('x'))
attempt(lambda: hashlib.shake_128(b'x').digest(-1))
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'k' * 65), dict(salt=b's' * 17),
           dict(person=b'p' * 17), dict(fanout=256), dict(depth=0), dict(leaf_size=2**32), dict(leaf_size=-1),
           dict(node_depth=256), dict(inner_size=65), dict(node_offset=-1)]:
    attempt(lambda: hashlib.blake2b(**kw).hexdigest())
attempt(lambda: hashlib.blake2s(digest_size=33))
attempt(lambda: hashlib.blake2s(salt=b's' * 9))
attempt(lambda: hashlib.blake2s(node_offset=2**48))
