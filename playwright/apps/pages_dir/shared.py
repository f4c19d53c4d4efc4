# A module every page imports: loaded once, shared by all pages (MPA-38).
count = 0


def bump() -> int:
    global count
    count += 1
    return count
