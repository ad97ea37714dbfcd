// ctst-bench: the benchmark harness of ctst. `ctst-bench generate` writes a synthetic, valid
// workspace of a chosen size; `make bench` times ctst on it against a C floor and a Python
// script (Tests/bench/).
CTSTBench.main()
