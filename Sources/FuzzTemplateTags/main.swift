import FuzzSupport
#if canImport(Glibc)
import Glibc
#endif

// Entry point. Built by `make fuzz` (`-sanitize=fuzzer,address -DHOSO_FUZZER`): libFuzzer's
// driver runs `LLVMFuzzerTestOneInput` with the command line's options and corpus folders.
// In an ordinary build: replays each file named on the command line once (a crash reproducer).
#if HOSO_FUZZER
exit(FuzzerEntry.runLibFuzzer(through: testOneInput))
#else
exit(FuzzerEntry.replay(CommandLine.arguments.dropFirst(), through: testOneInput))
#endif
