import Assessment
import Foundation
import OOXML

/// One check of a rendered folder (`DossierVerifier.verify(folder:)`), as named steps over the
/// verdicts gathered so far: list the folder, read the manifest, open every DOCX to compare, judge
/// the listed files, then the unlisted ones, hold every file to one source, compare the files that
/// lost their provenance, check the manifest's own fields and the PDFs' text.
struct FolderVerification {
    let verifier: DossierVerifier
    let reproductions: Reproductions
    /// The folder's path, and the same with a trailing `/`.
    let folder: String
    let prefix: String
    /// The verdicts so far, in the order they are reported.
    var results: [Verification] = []
    /// The folder's entries still to judge (hoso's own bookkeeping and `manifest.json` left out).
    var names: [String] = []
    var manifest: Manifest?
    /// The DOCX files whose provenance was read: where their verdict is, their name, the provenance.
    var sources: [(index: Int, name: String, provenance: Provenance)] = []
    /// The bytes of each DOCX that passed, by name: what its PDF's text is held to.
    var docxTexts: [String: [UInt8]] = [:]
    /// The listed PDFs whose sum matched: where their verdict is, and their name.
    var pdfs: [(index: Int, name: String)] = []
    /// Listed DOCX files re-saved without hoso's provenance part, compared with the dossier made again.
    var lostProvenance: [(index: Int, name: String, bytes: [UInt8])] = []
    /// Every DOCX to compare, read and inspected once.
    var opened: [String: (read: Result<[UInt8], ReadOnlyFile.Failure>, inspection: DossierVerifier.Inspection?)] = [:]

    init(folder: URL, verifier: DossierVerifier, reproductions: Reproductions) {
        self.verifier = verifier
        self.reproductions = reproductions
        self.folder = folder.path
        prefix = folder.path + "/"
    }

    /// Every step in order; the folder's verdicts.
    mutating func run() -> [Verification] {
        listEntries()
        readManifest()
        openDocuments()
        judgeListedFiles()
        judgeUnlistedFiles()
        guard let expected = holdToOneSource() else {
            for pdf in pdfs { results[pdf.index].verdict = .pdfUnreadable(VerifyMessages.noDossierFacts) }
            return results
        }
        compareLostProvenance(with: expected)
        // The data as the one rendering loaded it (loaded here only when nothing was rendered).
        let loaded: LoadedDossier?
        if let made = reproductions.loaded(expected.source) {
            loaded = made
        } else {
            do {
                loaded = try verifier.pipeline.load(.embedded(expected.source))
            } catch {
                // Data that does not load (its rubric gone, the forms unreadable) is said, on the
                // manifest (else the folder), and the PDFs cannot be held to it.
                let why = DossierVerifier.reason(error)
                results.append(Verification(file: manifest == nil ? folder : path("manifest.json"), verdict: .cannotReproduce(why)))
                for pdf in pdfs { results[pdf.index].verdict = .pdfUnreadable(why) }
                loaded = nil
            }
        }
        if let manifest {
            results += verifier.manifestFields(manifest, reference: expected, regime: loaded?.assessment.regime.rawValue, path: path("manifest.json"))
        }
        if let loaded { checkPDFs(facts: DossierVerifier.keyFacts(loaded.assessment)) }
        return results
    }

    func path(_ name: String) -> String { prefix + name }

    /// Lists the folder. Every entry counts, hidden ones too (a `.x.docx` is as much a dossier file
    /// as `x.docx`), except hoso's own bookkeeping when it is what hoso leaves: its lock file, and a
    /// killed run's staging folder holding only staged files. A decided, unfinished commit fails.
    mutating func listEntries() {
        // A folder that cannot be listed to its end fails: a stray file it holds would go unseen.
        let entries: [String]
        do throws(OutputError) {
            entries = try FileOperations.names(in: folder)
        } catch {
            entries = []
            results.append(Verification(file: folder, verdict: .unlistable(error.text)))
        }
        for name in entries.sorted() where name != "manifest.json" {
            switch name {
            case DestinationLock.fileName where FileOperations.isRegularFile(path(name)):
                continue
            case CommitJournal.stagingName where FileOperations.isRealFolder(path(name)) && CommitJournal.strangeEntry(inStaging: path(name)) == nil:
                continue
            // A journal whose plan is gone is a finished commit whose cleanup was cut short (the plan
            // goes first): the dossier is whole, and the next render removes the rest.
            case CommitJournal.journalName
            where FileOperations.isRealFolder(path(name))
                && !FileOperations.exists(path(name) + "/" + CommitJournal.planName)
                && CommitJournal.strangeEntry(inStaging: path(name)) == nil:
                continue
            case CommitJournal.journalName:
                results.append(Verification(file: path(name), verdict: .unfinishedCommit))
            default:
                names.append(name)
            }
        }
    }

    /// The manifest: required, bounded, and listing only plain names of this folder.
    mutating func readManifest() {
        switch ReadOnlyFile.read(path("manifest.json"), limit: DossierVerifier.maxManifestSize, following: false) {
        case .failure(.missing):
            results.append(Verification(file: path("manifest.json"), verdict: .noManifest))
        case .failure(let failure):
            results.append(Verification(file: path("manifest.json"), verdict: DossierVerifier.verdict(for: failure)))
        case .success(let bytes):
            if let decoded = try? JSONDecoder().decode(Manifest.self, from: Data(bytes)) {
                var seen: Set<String> = []
                if let bad = decoded.files.first(where: { !DossierVerifier.isManifestEntry($0.name) || !seen.insert($0.name).inserted }) {
                    results.append(Verification(file: path("manifest.json"), verdict: .invalidManifest(VerifyMessages.manifestEntry(bad.name))))
                } else {
                    manifest = decoded
                }
            } else {
                results.append(Verification(file: path("manifest.json"), verdict: .invalidManifest(VerifyMessages.manifestNotJSON)))
            }
        }
    }

    /// Reads and opens every DOCX to compare first, so that the dossier is made again once for all
    /// of them (and the bound book), not once per file.
    mutating func openDocuments() {
        let listed = manifest?.files.map(\.name) ?? []
        let listedNames = Set(listed)
        let docxNames = listed + (manifest == nil ? names.filter { !listedNames.contains($0) } : [])
        for name in docxNames where name.lowercased().hasSuffix(".docx") {
            guard case .regular = ReadOnlyFile.kind(of: path(name), following: false) else { continue }
            let read = ReadOnlyFile.read(path(name), limit: DossierVerifier.maxDocxSize, following: false)
            let inspection = try? read.map { verifier.inspect(docx: $0, name: path(name)) }.get()
            inspection?.expect(in: reproductions)
            opened[name] = (read, inspection)
        }
    }

    /// The DOCX `name` of the folder, as read by `openDocuments`, judged.
    func examine(_ name: String, _ bytes: [UInt8]) -> (verification: Verification, provenance: Provenance?) {
        verifier.judge(opened[name]?.inspection ?? verifier.inspect(docx: bytes, name: path(name)), name: path(name), reproductions)
    }

    /// The bytes of the DOCX `name`, as read by `openDocuments` when it was.
    func readDocx(_ name: String) -> Result<[UInt8], ReadOnlyFile.Failure> {
        opened[name]?.read ?? ReadOnlyFile.read(path(name), limit: DossierVerifier.maxDocxSize, following: false)
    }

    /// Each file the manifest lists: there, a regular file, and with the bytes it records (a DOCX
    /// re-rendered exactly; one re-saved without provenance compared later).
    mutating func judgeListedFiles() {
        for entry in manifest?.files ?? [] {
            let name = entry.name
            let lower = name.lowercased()
            guard case .regular = ReadOnlyFile.kind(of: path(name), following: false) else {
                let missing = ReadOnlyFile.kind(of: path(name), following: false) == .missing
                results.append(Verification(file: path(name), verdict: missing ? .missing : .notRegularFile))
                continue
            }
            if lower.hasSuffix(".docx") {
                switch readDocx(name) {
                case .failure(let failure):
                    results.append(Verification(file: path(name), verdict: DossierVerifier.verdict(for: failure)))
                case .success(let bytes):
                    let actual = Manifest.sha256(bytes)
                    let (verification, provenance) = examine(name, bytes)
                    if actual != entry.sha256, verification.verdict.isReRendered, verification.verdict != .unchanged {
                        results.append(verification.listed)
                    } else if actual != entry.sha256 {
                        // Re-saved by Word or LibreOffice, which drop hoso's provenance part: compared
                        // below with the dossier's own rendering, from the other files' provenance.
                        if verification.verdict == .noProvenance { lostProvenance.append((results.count, name, bytes)) }
                        results.append(Verification(file: path(name), verdict: .sumMismatch(expected: entry.sha256, actual: actual)))
                    } else {
                        // The bytes the manifest records must re-render exactly: a re-saved verdict
                        // here means the manifest was re-hashed after an edit, a failure.
                        results.append(verification.listed)
                        if verification.passed { docxTexts[name] = bytes }
                    }
                    if let provenance { sources.append((results.count - 1, name, provenance)) }
                }
            } else {
                switch ReadOnlyFile.sha256(path(name), following: false) {
                case .failure(let failure):
                    results.append(Verification(file: path(name), verdict: DossierVerifier.verdict(for: failure)))
                case .success(let actual) where actual != entry.sha256:
                    results.append(Verification(file: path(name), verdict: .sumMismatch(expected: entry.sha256, actual: actual)))
                case .success:
                    results.append(Verification(file: path(name), verdict: .sumMatches))
                    if lower.hasSuffix(".pdf") { pdfs.append((results.count - 1, name)) }
                }
            }
        }
    }

    /// Files the manifest does not list: a dossier file is a failure, anything else a warning.
    /// Without a manifest, each DOCX still says what it is, by its own provenance.
    mutating func judgeUnlistedFiles() {
        let listedNames = Set((manifest?.files ?? []).map(\.name))
        for name in names where !listedNames.contains(name) {
            let lower = name.lowercased()
            guard lower.hasSuffix(".docx") || lower.hasSuffix(".pdf") else {
                results.append(Verification(file: path(name), verdict: .ignored))
                continue
            }
            if manifest == nil, lower.hasSuffix(".docx"), case .regular = ReadOnlyFile.kind(of: path(name), following: false) {
                switch readDocx(name) {
                case .failure(let failure):
                    results.append(Verification(file: path(name), verdict: DossierVerifier.verdict(for: failure)))
                case .success(let bytes):
                    let (verification, provenance) = examine(name, bytes)
                    results.append(verification)
                    if let provenance { sources.append((results.count - 1, name, provenance)) }
                }
            } else {
                results.append(Verification(file: path(name), verdict: .unlisted))
            }
        }
    }

    /// One dossier, one source: the bound book's (or the first file's) data, rubric and hoso; a
    /// passing file from another fails. Nil when no file carries provenance.
    mutating func holdToOneSource() -> Provenance? {
        guard let reference = sources.first(where: { $0.name == DossierPipeline.bookFileName }) ?? sources.first else { return nil }
        let expected = reference.provenance
        for source in sources where source.index != reference.index && results[source.index].passed {
            if let difference = DossierVerifier.difference(source.provenance, from: expected) {
                results[source.index].verdict = .otherSource(difference)
                docxTexts[source.name] = nil
            }
        }
        return expected
    }

    /// A listed DOCX that lost its provenance is compared with the dossier made again from
    /// `expected`; when that fails, each such file says why (not merely "no provenance").
    mutating func compareLostProvenance(with expected: Provenance) {
        guard !lostProvenance.isEmpty else { return }
        let rendered: [String: OOXMLPackage]
        do {
            rendered = try verifier.reproduceDocuments(expected, reproductions)
        } catch {
            rendered = [:]
            for file in lostProvenance {
                results[file.index] = Verification(file: path(file.name), verdict: .cannotReproduce(DossierVerifier.reason(error))).listed
            }
        }
        for file in lostProvenance {
            guard let expectedPackage = rendered[file.name],
                let package = try? OOXMLPackage.open(docx: file.bytes, name: path(file.name))
            else { continue }
            results[file.index] = Verification(file: path(file.name), verdict: DossierVerifier.compare(package, expectedPackage)).listed
        }
    }

    /// PDFs: their text must carry `facts`, the facts their DOCX (or the bound book) carries.
    mutating func checkPDFs(facts: [String]) {
        for pdf in pdfs {
            let docxName = String(pdf.name.dropLast(4)) + ".docx"
            guard let docx = docxTexts[docxName] ?? docxTexts[DossierPipeline.bookFileName], !facts.isEmpty else {
                results[pdf.index].verdict = .pdfUnreadable(VerifyMessages.noDossierFacts)
                continue
            }
            results[pdf.index].verdict = PDFText.verdict(pdfAt: path(pdf.name), facts: facts, docx: docx)
        }
    }
}
