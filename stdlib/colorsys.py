"""Conversions between RGB and the HSV and HLS color systems (pyaot's own
`colorsys`, written from the documentation and the textbook algorithms:
Foley and van Dam). Coordinates are floats between 0 and 1."""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb", "rgb_to_hsv", "hsv_to_rgb"]


ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def rgb_to_yiq(r, g, b):
    """(luma, in-phase, quadrature) of an RGB color, by the FCC's NTSC
    coefficients."""
    y = 0.30 * r + 0.59 * g + 0.11 * b
    i = 0.74 * (r - y) - 0.27 * (b - y)
    q = 0.48 * (r - y) + 0.41 * (b - y)
    return y, i, q


# The inverse of the NTSC matrix (computed exactly, then rounded; the
# first row's last coefficient as CPython has it, one unit in the last
# place from the exact value's rounding).
_YIQ_R = (0.9468822170900693, 0.6235565819861433)
_YIQ_G = (-0.27478764629897834, -0.6356910791873801)
_YIQ_B = (-1.1085450346420322, 1.7090069284064666)


def yiq_to_rgb(y, i, q):
    """The RGB color of (luma, in-phase, quadrature), each channel
    clamped to [0, 1]."""
    r = y + _YIQ_R[0] * i + _YIQ_R[1] * q
    g = y + _YIQ_G[0] * i + _YIQ_G[1] * q
    b = y + _YIQ_B[0] * i + _YIQ_B[1] * q
    return min(max(r, 0.0), 1.0), min(max(g, 0.0), 1.0), min(max(b, 0.0), 1.0)


def rgb_to_hls(r, g, b):
    """(hue, lightness, saturation) of an RGB color."""
    maxc = max(r, g, b)
    minc = min(r, g, b)
    sumc = maxc + minc
    rangec = maxc - minc
    l = sumc / 2.0
    if minc == maxc:
        return 0.0, l, 0.0
    if l <= 0.5:
        s = rangec / sumc
    else:
        s = rangec / (2.0 - maxc - minc)
    return _hue(r, g, b, maxc, rangec), l, s


def _hue(r, g, b, maxc, rangec):
    rc = (maxc - r) / rangec
    gc = (maxc - g) / rangec
    bc = (maxc - b) / rangec
    if r == maxc:
        h = bc - gc
    elif g == maxc:
        h = 2.0 + rc - bc
    else:
        h = 4.0 + gc - rc
    return (h / 6.0) % 1.0


def hls_to_rgb(h, l, s):
    """The RGB color of (hue, lightness, saturation)."""
    if s == 0.0:
        return l, l, l
    if l <= 0.5:
        m2 = l * (1.0 + s)
    else:
        m2 = l + s - (l * s)
    m1 = 2.0 * l - m2
    return _channel(m1, m2, h + ONE_THIRD), _channel(m1, m2, h), _channel(m1, m2, h - ONE_THIRD)


def _channel(m1, m2, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return m1 + (m2 - m1) * hue * 6.0
    if hue < 0.5:
        return m2
    if hue < TWO_THIRD:
        return m1 + (m2 - m1) * (TWO_THIRD - hue) * 6.0
    return m1


def rgb_to_hsv(r, g, b):
    """(hue, saturation, value) of an RGB color."""
    maxc = max(r, g, b)
    minc = min(r, g, b)
    rangec = maxc - minc
    v = maxc
    if minc == maxc:
        return 0.0, 0.0, v
    s = rangec / maxc
    return _hue(r, g, b, maxc, rangec), s, v


def hsv_to_rgb(h, s, v):
    """The RGB color of (hue, saturation, value)."""
    if s == 0.0:
        return v, v, v
    i = int(h * 6.0)
    f = (h * 6.0) - i
    p = v * (1.0 - s)
    q = v * (1.0 - s * f)
    t = v * (1.0 - s * (1.0 - f))
    i = i % 6
    if i == 0:
        return v, t, p
    if i == 1:
        return q, v, p
    if i == 2:
        return p, v, t
    if i == 3:
        return p, q, v
    if i == 4:
        return t, p, v
    return v, p, q
