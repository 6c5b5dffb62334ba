# uuid: UUID from every form, its fields and properties, comparisons,
# pickling and immutability; uuid3/uuid5 (exact), uuid1/uuid4 (their
# structure), getnode and CPython's errors.
import pickle
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.variant, u.version, u.is_safe, int(u), hash(u) == hash(u.int))
for kw in [dict(hex="urn:uuid:12345678123456781234567812345678"), dict(bytes=b"\x12\x34\x56\x78" * 4),
           dict(bytes_le=b"\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78"),
           dict(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)), dict(int=0x12345678123456781234567812345678),
           dict(int=0, version=4), dict(int=(1 << 128) - 1, version=1), dict(hex="0" * 32)]:
    v = uuid.UUID(**kw)
    print(v, v == u, v.variant, v.version)
for kw in [dict(), dict(hex="12", int=3), dict(hex="xyz"), dict(hex="0" * 31), dict(bytes=b"12"), dict(bytes_le=b"1"),
           dict(fields=(1, 2)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 1 << 16, 0, 0, 0, 0)),
           dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=-1), dict(int=1 << 128),
           dict(int=5, version=6), dict(hex="g" * 32)]:
    try:
        uuid.UUID(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print(e)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, sorted([b, a]), {a: 1}[uuid.UUID(int=1)])
print(pickle.loads(pickle.dumps(u)) == u, pickle.loads(pickle.dumps(u)).is_safe, u.__getstate__())
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL):
    for name in ("python.org", "ünïcode", ""):
        print(uuid.uuid3(ns, name), uuid.uuid5(ns, name))
try:
    uuid.uuid3(uuid.NAMESPACE_DNS, b"bytes")
except TypeError as e:
    print(e)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t1, t2 = uuid.uuid1(), uuid.uuid1()
print(t1.version, t1.variant, t1.node == uuid.getnode(), t1 != t2, t2.time > t1.time, 0 <= t1.clock_seq < 1 << 14)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node, uuid.uuid1(clock_seq=0x1234).clock_seq)
print(0 <= uuid.getnode() < 1 << 48, uuid.getnode() == uuid.getnode())
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.RFC_4122, uuid.RESERVED_NCS, uuid.RESERVED_MICROSOFT,
      uuid.RESERVED_FUTURE)
