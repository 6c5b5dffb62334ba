# A long module body: the Rust backend runs it as a sequence of part functions (values and
# exceptions cross the cuts through globals; a part raises in the module's frame).
total = 0
names = []
total += 0
names.append('n1')
sq = [x * x for x in range(3)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 4
d = {'k': 5}; total += d['k'] if total % 2 else -d['k']
total += 6
names.append('n7')
sq = [x * x for x in range(4)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 10
d = {'k': 11}; total += d['k'] if total % 2 else -d['k']
total += 12
names.append('n13')
sq = [x * x for x in range(5)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 16
d = {'k': 17}; total += d['k'] if total % 2 else -d['k']
total += 18
names.append('n19')
sq = [x * x for x in range(1)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 22
d = {'k': 23}; total += d['k'] if total % 2 else -d['k']
total += 24
names.append('n25')
sq = [x * x for x in range(2)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 28
d = {'k': 29}; total += d['k'] if total % 2 else -d['k']
total += 30
names.append('n31')
sq = [x * x for x in range(3)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 34
d = {'k': 35}; total += d['k'] if total % 2 else -d['k']
total += 36
names.append('n37')
sq = [x * x for x in range(4)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 40
d = {'k': 41}; total += d['k'] if total % 2 else -d['k']
total += 42
names.append('n43')
sq = [x * x for x in range(5)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 46
d = {'k': 47}; total += d['k'] if total % 2 else -d['k']
total += 48
names.append('n49')
sq = [x * x for x in range(1)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 52
d = {'k': 53}; total += d['k'] if total % 2 else -d['k']
total += 54
names.append('n55')
sq = [x * x for x in range(2)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 58
d = {'k': 59}; total += d['k'] if total % 2 else -d['k']
total += 60
names.append('n61')
sq = [x * x for x in range(3)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 64
d = {'k': 65}; total += d['k'] if total % 2 else -d['k']
total += 66
names.append('n67')
sq = [x * x for x in range(4)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 70
d = {'k': 71}; total += d['k'] if total % 2 else -d['k']
total += 72
names.append('n73')
sq = [x * x for x in range(5)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 76
d = {'k': 77}; total += d['k'] if total % 2 else -d['k']
total += 78
names.append('n79')
sq = [x * x for x in range(1)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 82
d = {'k': 83}; total += d['k'] if total % 2 else -d['k']
total += 84
names.append('n85')
sq = [x * x for x in range(2)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 88
d = {'k': 89}; total += d['k'] if total % 2 else -d['k']
total += 90
names.append('n91')
sq = [x * x for x in range(3)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 94
d = {'k': 95}; total += d['k'] if total % 2 else -d['k']
total += 96
names.append('n97')
sq = [x * x for x in range(4)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 100
d = {'k': 101}; total += d['k'] if total % 2 else -d['k']
total += 102
names.append('n103')
sq = [x * x for x in range(5)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 106
d = {'k': 107}; total += d['k'] if total % 2 else -d['k']
total += 108
names.append('n109')
sq = [x * x for x in range(1)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 112
d = {'k': 113}; total += d['k'] if total % 2 else -d['k']
total += 114
names.append('n115')
sq = [x * x for x in range(2)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 118
d = {'k': 119}; total += d['k'] if total % 2 else -d['k']
total += 120
names.append('n121')
sq = [x * x for x in range(3)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 124
d = {'k': 125}; total += d['k'] if total % 2 else -d['k']
total += 126
names.append('n127')
sq = [x * x for x in range(4)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 130
d = {'k': 131}; total += d['k'] if total % 2 else -d['k']
total += 132
names.append('n133')
sq = [x * x for x in range(5)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 136
d = {'k': 137}; total += d['k'] if total % 2 else -d['k']
total += 138
names.append('n139')
sq = [x * x for x in range(1)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 142
d = {'k': 143}; total += d['k'] if total % 2 else -d['k']
total += 144
names.append('n145')
sq = [x * x for x in range(2)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 148
d = {'k': 149}; total += d['k'] if total % 2 else -d['k']
total += 150
names.append('n151')
sq = [x * x for x in range(3)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 154
d = {'k': 155}; total += d['k'] if total % 2 else -d['k']
total += 156
names.append('n157')
sq = [x * x for x in range(4)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 160
d = {'k': 161}; total += d['k'] if total % 2 else -d['k']
total += 162
names.append('n163')
sq = [x * x for x in range(5)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 166
d = {'k': 167}; total += d['k'] if total % 2 else -d['k']
total += 168
names.append('n169')
sq = [x * x for x in range(1)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 172
d = {'k': 173}; total += d['k'] if total % 2 else -d['k']
total += 174
names.append('n175')
sq = [x * x for x in range(2)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 178
d = {'k': 179}; total += d['k'] if total % 2 else -d['k']
total += 180
names.append('n181')
sq = [x * x for x in range(3)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 184
d = {'k': 185}; total += d['k'] if total % 2 else -d['k']
total += 186
names.append('n187')
sq = [x * x for x in range(4)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 190
d = {'k': 191}; total += d['k'] if total % 2 else -d['k']
total += 192
names.append('n193')
sq = [x * x for x in range(5)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 196
d = {'k': 197}; total += d['k'] if total % 2 else -d['k']
total += 198
names.append('n199')
sq = [x * x for x in range(1)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 202
d = {'k': 203}; total += d['k'] if total % 2 else -d['k']
total += 204
names.append('n205')
sq = [x * x for x in range(2)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 208
d = {'k': 209}; total += d['k'] if total % 2 else -d['k']
total += 210
names.append('n211')
sq = [x * x for x in range(3)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 214
d = {'k': 215}; total += d['k'] if total % 2 else -d['k']
total += 216
names.append('n217')
sq = [x * x for x in range(4)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 220
d = {'k': 221}; total += d['k'] if total % 2 else -d['k']
total += 222
names.append('n223')
sq = [x * x for x in range(5)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 226
d = {'k': 227}; total += d['k'] if total % 2 else -d['k']
total += 228
names.append('n229')
sq = [x * x for x in range(1)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 232
d = {'k': 233}; total += d['k'] if total % 2 else -d['k']
total += 234
names.append('n235')
sq = [x * x for x in range(2)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 238
d = {'k': 239}; total += d['k'] if total % 2 else -d['k']
total += 240
names.append('n241')
sq = [x * x for x in range(3)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 244
d = {'k': 245}; total += d['k'] if total % 2 else -d['k']
total += 246
names.append('n247')
sq = [x * x for x in range(4)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 250
d = {'k': 251}; total += d['k'] if total % 2 else -d['k']
total += 252
names.append('n253')
sq = [x * x for x in range(5)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 256
d = {'k': 257}; total += d['k'] if total % 2 else -d['k']
total += 258
names.append('n259')
sq = [x * x for x in range(1)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 262
d = {'k': 263}; total += d['k'] if total % 2 else -d['k']
total += 264
names.append('n265')
sq = [x * x for x in range(2)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 268
d = {'k': 269}; total += d['k'] if total % 2 else -d['k']
total += 270
names.append('n271')
sq = [x * x for x in range(3)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 274
d = {'k': 275}; total += d['k'] if total % 2 else -d['k']
total += 276
names.append('n277')
sq = [x * x for x in range(4)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 280
d = {'k': 281}; total += d['k'] if total % 2 else -d['k']
total += 282
names.append('n283')
sq = [x * x for x in range(5)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 286
d = {'k': 287}; total += d['k'] if total % 2 else -d['k']
total += 288
names.append('n289')
sq = [x * x for x in range(1)]; total += sum(sq)
try:
    total //= 3
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 292
d = {'k': 293}; total += d['k'] if total % 2 else -d['k']
total += 294
names.append('n295')
sq = [x * x for x in range(2)]; total += sum(sq)
try:
    total //= 1
except ZeroDivisionError as e:
    names.append(str(e)[:8])
for j in range(3):
    total += j * 298
d = {'k': 299}; total += d['k'] if total % 2 else -d['k']
print(total, len(names), names[-3:])
def f(n):
    return n + total
print(f(1))
print([1, 2, 3][total % 7 + 5])
