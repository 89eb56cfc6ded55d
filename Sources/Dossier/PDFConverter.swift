package import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Converts DOCX files to PDF with LibreOffice in one headless call (≈0.1 s a document when batched,
/// ≈1.3 s start-up). LibreOffice exits 0 even when it fails, so the PDFs are checked afterwards.
///
/// LibreOffice runs in a process group of its own, with its profile in a folder of this run: the
/// timeout is kept here (no `timeout` wrapper whose children outlive it), and on a timeout, a
/// signal to hoso (see `Interruption`) or a normal end the whole group is stopped, so no
/// LibreOffice process is left behind. Even a `kill -9` of hoso stops it: the group's leader is a
/// small shell that watches a pipe only hoso holds the write end of, and kills its whole group when
/// the pipe closes — which the kernel does when hoso dies, however it dies. (`PR_SET_PDEATHSIG`
/// would not do: it follows the thread that spawned the child, not the process, and reaches only
/// `soffice`'s launcher, not the `soffice.bin` it starts.)
package struct PDFConverter: Sendable {
    /// The name of the LibreOffice profile folder inside a staging folder.
    package static let profileName = ".lo-profile"
    /// The `soffice` executable.
    package let soffice: URL
    /// Seconds before the conversion is abandoned.
    package var timeout: Int = 300

    /// Finds `soffice` in the folders of `searchPath` (the PATH by default), then in `fallbacks`
    /// (the usual Debian places); throws `DossierError.libreOfficeMissing` when it is nowhere.
    package init(
        searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        fallbacks: [String] = ["/usr/bin", "/usr/lib/libreoffice/program"]
    ) throws {
        let dirs = searchPath.split(separator: ":").map(String.init) + fallbacks
        for dir in dirs {
            let candidate = URL(fileURLWithPath: dir).appendingPathComponent("soffice")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                soffice = candidate
                return
            }
        }
        throw DossierError.libreOfficeMissing
    }

    /// Converts each of `documents` to a PDF beside it (same name, `.pdf`); `pdfA` selects PDF/A-2b.
    /// LibreOffice's profile goes into `profile` (a new folder in the temporary folder when nil),
    /// removed afterwards. Returns the PDFs in the same order.
    package func convert(_ documents: [URL], pdfA: Bool = false, profile: URL? = nil) throws -> [URL] {
        guard let first = documents.first else { return [] }
        let outDir = first.deletingLastPathComponent()
        let profile =
            profile
            ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("hoso-lo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let token = Interruption.register(cleanup: profile.path)
        defer {
            FileOperations.removeTree(profile.path)
            Interruption.unregister(token)
        }
        try Interruption.whileCommitting { () throws(OutputError) in try FileOperations.makeDirectory(profile.path) }
        let errorLog = profile.appendingPathComponent("stderr.txt").path
        let filter =
            pdfA
            ? #"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}"#
            : "pdf"
        let arguments =
            [
                soffice.path, "-env:UserInstallation=\(profile.absoluteString)",
                "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir.path,
            ]
            + documents.map(\.path)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = profile.path
        // LibreOffice's own temporary folders (`luNNNN.tmp`) go into the profile too, so a run
        // killed mid-conversion leaves nothing in the system's temporary folder.
        environment["TMPDIR"] = profile.path
        let status = try run(arguments, environment: environment, errorLog: errorLog)
        guard status >= 0 else { throw DossierError.output(.pdfTimeout(seconds: timeout)) }
        var pdfs: [URL] = []
        for document in documents {
            let pdf = document.deletingPathExtension().appendingPathExtension("pdf")
            let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
            guard size > 0 else {
                // LibreOffice's log only adds detail to the failure said here: unreadable, it is left out.
                let stderr = ((try? FileOperations.readReporting(errorLog)) ?? nil) ?? []
                let detail = String(decoding: stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                throw DossierError.pdfConversionFailed(document.lastPathComponent + (detail.isEmpty ? "" : " — \(detail)"))
            }
            pdfs.append(pdf)
        }
        return pdfs
    }

    /// The group leader's script: runs `soffice` (without the pipe), waits for it and exits with its
    /// status; a background reader kills the whole group (`kill 0`) when hoso's end of the pipe
    /// closes before that.
    static let watcher = """
        "$@" 3<&- &
        child=$!
        { read -r _ <&3; kill -KILL 0; } &
        watcher=$!
        exec 3<&-
        wait "$child"
        status=$?
        kill "$watcher" 2>/dev/null
        exit "$status"
        """

    /// Runs `arguments` in a new process group with standard error into `errorLog`; returns its
    /// exit status, or -1 when it outlived `timeout` (the group is then killed).
    private func run(_ arguments: [String], environment: [String: String], errorLog: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorLog, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        // The child starts with default signal handling and nothing blocked.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGXFSZ, SIGPIPE] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        // The watcher's pipe: the read end becomes the shell's descriptor 3, the write end stays
        // in hoso only (close-on-exec), so it closes exactly when hoso ends.
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw DossierError.pdfConversionFailed(String(cString: strerror(errno))) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        defer { close(ends[1]) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 3)
        let wrapped = ["/bin/sh", "-c", Self.watcher, "hoso-soffice"] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = wrapped.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        // Held so that a signal arriving between spawn and registration still finds the group.
        let spawned = Interruption.whileCommitting { () -> Int32 in
            let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
            close(ends[0])
            if result == 0 { Interruption.register(childGroup: pid) }
            return result
        }
        guard spawned == 0 else { throw DossierError.pdfConversionFailed(String(cString: strerror(spawned))) }
        defer {
            // Whatever LibreOffice left running in its group goes with it.
            killpg(pid, SIGKILL)
            Interruption.unregister(childGroup: pid)
        }
        let deadline = Date().addingTimeInterval(TimeInterval(timeout))
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0, errno != EINTR { return 1 }
            if Date() >= deadline {
                killpg(pid, SIGTERM)
                usleep(500_000)
                killpg(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return -1
            }
            usleep(20_000)
        }
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
