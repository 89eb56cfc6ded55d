// The benchmark driver of `make bench` (filled in with the template engine).
print("hoso-bench: not built yet")
