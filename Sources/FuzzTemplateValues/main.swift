import FuzzSupport

// libFuzzer's driver under `make fuzz`, a replayer of saved inputs otherwise (see FuzzerEntry.main).
FuzzerEntry.main(testOneInput)
