import colorsys

print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hsv_to_rgb(0.5, 0.5, 0.4))
print(colorsys.rgb_to_hls(1.0, 0.5, 0.0), colorsys.hls_to_rgb(0.0833, 0.5, 1.0))
print("%.2f %.2f %.2f" % (colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD))
for r, g, b in [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (0.3, 0.6, 0.9), (0.9, 0.1, 0.5),
                (0.5, 0.5, 0.2), (0.75, 0.25, 0.75)]:
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    hh, l, ss = colorsys.rgb_to_hls(r, g, b)
    print((r, g, b), (h, s, v), colorsys.hsv_to_rgb(h, s, v), (hh, l, ss), colorsys.hls_to_rgb(hh, l, ss))
print([colorsys.hsv_to_rgb(x / 12, 0.8, 0.9) for x in range(13)])
print([colorsys.hls_to_rgb(x / 7, 0.3, 0.6) for x in range(-2, 9)])
for r, g, b in [(0.2, 0.4, 0.4), (1, 0, 0), (0.9, 0.8, 0.1), (0, 0, 0)]:
    y, i, q = colorsys.rgb_to_yiq(r, g, b)
    print((y, i, q), colorsys.yiq_to_rgb(y, i, q))
print(colorsys.yiq_to_rgb(0.5, 0.6, -0.5), colorsys.yiq_to_rgb(1.0, 0.5, 0.5), colorsys.yiq_to_rgb(0.0, -0.3, 0.1))
