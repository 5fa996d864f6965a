#!/usr/bin/python3
"""Writes the seed corpus of fuzz_pg_binary (tests/fuzz/corpus/pg_binary): binary COPY streams
as PostgreSQL sends them, in the target's framing: byte 0 = flags | (columns - 1), one byte per
column (name index << 6 | type index), then the messages joined by 0xFE (one row per message).
Type indices: 0 bool, 1 int2, 2 int4, 3 int8, 4 oid, 5 float4, 6 float8, 7 numeric, 8 text.
    /usr/bin/python3 tests/fuzz/make_pg_binary_seeds.py
The corpus also keeps inputs the fuzzer found (negative_digit_count.bin: a numeric field with a
negative digit count, once a std::length_error instead of a DbError).
"""
import os
import struct

HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)
TRAILER = struct.pack(">h", -1)


def row(fields):
    out = struct.pack(">h", len(fields))
    for f in fields:
        out += struct.pack(">i", -1) if f is None else struct.pack(">i", len(f)) + f
    return out


def numeric(digits, weight, sign, scale):
    return struct.pack(">hhHh", len(digits), weight, sign, scale) + b"".join(
        struct.pack(">h", d) for d in digits)


def seed(flags, columns, rows):
    head = bytes([flags | (len(columns) - 1)]) + bytes(n << 6 | t for n, t in columns)
    messages = [HEADER + rows[0]] + rows[1:] + [TRAILER] if rows else [HEADER + TRAILER]
    body = b"\xfe".join(messages)
    assert body.count(b"\xfe") == len(messages) - 1, "a field holds the separator byte"
    return head + body


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "pg_binary")
    os.makedirs(out, exist_ok=True)
    seeds = {
        # customer_id int4, area text, income float8, flag bool, amount numeric
        "mixed.bin": seed(0, [(0, 2), (1, 8), (2, 6), (3, 0), (1, 7)], [
            row([struct.pack(">i", r + 1), [b"Jakarta", b"Bandung", b"Medan"][r % 3],
                 struct.pack(">d", 100.5 * r), bytes([r % 2]),
                 numeric([r + 1, 5000], 0, 0x4000 if r % 2 else 0, 2)]) for r in range(6)]),
        # every integer type with NULLs, float4, oid; a row limit
        "integers_nulls.bin": seed(0x80, [(1, 1), (2, 3), (3, 5), (1, 4)], [
            row([struct.pack(">h", -3 * r), None if r == 2 else struct.pack(">q", r << 40),
                 struct.pack(">f", 0.1 * r), struct.pack(">I", r + 7)]) for r in range(5)]),
        # text ids past the category limit, missing tokens, UTF-8
        "labels.bin": seed(0x40, [(0, 8), (1, 8)], [
            row([("C%d" % r).encode(), [b"", b"\\N", b"  ", "Ünïcødé ✓".encode(), b"NaN"][r % 5]])
            for r in range(7)]),
        # numerics: NaN, +-Infinity, tiny and huge weights
        "numerics.bin": seed(0, [(1, 7)], [
            row([numeric([], 0, 0xC000, 0)]), row([numeric([], 0, 0xD000, 0)]),
            row([numeric([], 0, 0xF000, 0)]), row([numeric([1], -30, 0, 130)]),
            row([numeric([9999, 9999], 90, 0, 0)]), row([None])]),
        "empty.bin": seed(0, [(1, 2), (1, 8)], []),
    }
    for name, data in seeds.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
