"""Solar Hijri (Jalali) -> Gregorian, via the arithmetic 33-year algorithm (used to check dates in the texts)."""
def j2g(jy, jm, jd):
    jy += 1595
    days = -355668 + (365 * jy) + ((jy // 33) * 8) + (((jy % 33) + 3) // 4) + jd
    days += (jm - 1) * 31 if jm < 7 else ((jm - 7) * 30) + 186
    gy = 400 * (days // 146097); days %= 146097
    if days > 36524:
        days -= 1; gy += 100 * (days // 36524); days %= 36524
        if days >= 365: days += 1
    gy += 4 * (days // 1461); days %= 1461
    if days > 365:
        gy += (days - 1) // 365; days = (days - 1) % 365
    gd = days + 1
    sal = [0, 31, 29 if (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    gm = 1
    while gm <= 12 and gd > sal[gm]:
        gd -= sal[gm]; gm += 1
    return gy, gm, gd
if __name__ == "__main__":
    for a in [(1332,5,28),(1404,2,7),(1403,11,19),(1398,2,18),(1398,2,19),(1332,5,25),(1332,5,31),(1397,2,18),(1398,2,17),(1398,2,12)]:
        print(a, j2g(*a))
