#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signature of `LLVMFuzzerTestOneInput`.
package typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

#if HOSO_FUZZER
/// libFuzzer's driver (`FuzzerInterface.h`), present when linked with `-sanitize=fuzzer`; declared
/// here rather than through a C module (its arguments are pointers, passed alike by both conventions).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: FuzzCallback
) -> CInt
#endif

/// How a fuzz target starts: libFuzzer's driver, or a replay of saved inputs.
package enum FuzzerEntry {
    /// The whole of a target's `main.swift`. Built by `make fuzz` (`-sanitize=fuzzer,address
    /// -DHOSO_FUZZER`): libFuzzer's driver runs `callback` with the command line's options and
    /// corpus folders. In an ordinary build: replays each file named on the command line once.
    package static func main(_ callback: FuzzCallback) -> Never {
        #if HOSO_FUZZER
        exit(runLibFuzzer(through: callback))
        #else
        exit(replay(CommandLine.arguments.dropFirst(), through: callback))
        #endif
    }

    #if HOSO_FUZZER
    /// Hands the process's command line to libFuzzer, which calls `callback` (the target's
    /// `LLVMFuzzerTestOneInput`) on each input; returns libFuzzer's exit status.
    package static func runLibFuzzer(through callback: FuzzCallback) -> CInt {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        return LLVMFuzzerRunDriver(&argc, &argv, callback)
    }
    #endif

    /// Runs `callback` once on the bytes of each file in `paths`; 0 when all were read, 1 otherwise.
    package static func replay(_ paths: some Sequence<String>, through callback: FuzzCallback) -> CInt {
        var status: CInt = 0
        for path in paths {
            guard let bytes = contents(of: path) else {
                print("cannot read \(path)")
                status = 1
                continue
            }
            bytes.withUnsafeBufferPointer { buffer in
                var byte: UInt8 = 0
                if let base = buffer.baseAddress {
                    _ = callback(base, buffer.count)
                } else {
                    _ = callback(&byte, 0)
                }
            }
            print("replayed \(path) (\(bytes.count) bytes)")
        }
        return status
    }

    private static func contents(of path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count > 0 { bytes += chunk[0..<count] }
            if count < chunk.count { return ferror(file) == 0 ? bytes : nil }
        }
    }
}
