"""Regular expressions on a web server's log: 10^5 generated lines parsed
with a named-group pattern (match, groupdict, group by name), counted by
status and path; then a findall/sub workload over the whole text (words,
IP addresses, masking numbers, a function replacement)."""
import re

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>[\w-]+) \[(?P<time>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>/[^ "]*) HTTP/(?P<version>\d\.\d)" (?P<status>\d{3}) (?P<size>\d+|-)'
)
METHODS = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
PATHS = ["/", "/index.html", "/api/v1/items", "/api/v1/items/42", "/static/app.js", "/login", "/search?q=re"]


def make_log(n):
    lines = []
    for i in range(n):
        ip = "%d.%d.%d.%d" % (10 + i % 200, i % 256, (i * 7) % 256, (i * 13) % 256)
        user = "-" if i % 3 else "user%d" % (i % 50)
        status = [200, 200, 200, 304, 404, 500][i % 6]
        size = "-" if status == 304 else str((i * 7919) % 50000)
        lines.append('%s - %s [12/Mar/2024:10:%02d:%02d +0000] "%s %s HTTP/1.1" %d %s'
                     % (ip, user, i // 60 % 60, i % 60, METHODS[i % 6], PATHS[i % 7], status, size))
        if i % 1000 == 999:
            lines.append("# rotated at line %d" % i)
    return "\n".join(lines)


def parse(text):
    by_status = {}
    by_path = {}
    total = 0
    bad = 0
    for line in text.split("\n"):
        m = LINE.match(line)
        if m is None:
            bad += 1
            continue
        d = m.groupdict()
        by_status[d["status"]] = by_status.get(d["status"], 0) + 1
        path = m.group("path")
        by_path[path] = by_path.get(path, 0) + 1
        if m.group("size") != "-":
            total += int(m.group("size"))
    return by_status, by_path, total, bad


def crunch(text):
    words = re.findall(r"[A-Za-z]+", text)
    ips = set(re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", text))
    masked = re.sub(r"\d", "#", text)
    swapped = re.sub(r"(\w+)/(\w+)", r"\2/\1", text)
    sized = re.sub(r"\" (\d{3}) (\d+)", lambda m: '" %s %dk' % (m.group(1), int(m.group(2)) // 1024), text)
    return len(words), len(ips), masked.count("#"), len(swapped), len(sized)


def main():
    text = make_log(100000)
    for _ in range(3):
        by_status, by_path, total, bad = parse(text)
    print(sorted(by_status.items()), sorted(by_path.items())[:3], total, bad)
    print(crunch(text))


main()
