import Assessment
import Diagnostics
package import Foundation
import OOXML

/// Checks that files are exactly what hoso produced: re-renders the DOCX files from the data embedded
/// in them (through `DossierPipeline`, from memory: one render per data source, every file and the
/// bound book compared with its part of it) and compares part by part; checks a folder against its
/// `manifest.json` and an archive against its `archive.json`.
///
/// It never writes: files are opened read-only and non-blocking, links and special files in a
/// folder are not followed, every read is bounded, PDFs are hashed in pieces, and embedded
/// provenance is checked as hostile input before it is used.
package struct DossierVerifier {
    /// The pipeline that re-renders, over the shipped forms (it checks nothing: verify only compares).
    package let pipeline: DossierPipeline
    /// Forms a school used instead of the shipped ones (`--form`).
    package var customForms: [CustomForm]

    /// The largest DOCX read (a dossier's are well under 1 MB).
    static let maxDocxSize = 64 << 20
    /// The largest archive read.
    static let maxArchiveSize = 64 << 20
    /// The largest `manifest.json` read.
    static let maxManifestSize = 1 << 20

    /// A verifier re-rendering with the forms of `formsRoot`.
    package init(formsRoot: URL, customForms: [CustomForm] = []) throws {
        self.init(catalog: try FormCatalog(root: formsRoot), customForms: customForms)
    }

    /// A verifier over `catalog`.
    package init(catalog: FormCatalog, customForms: [CustomForm] = []) {
        self.pipeline = DossierPipeline(catalog: catalog)
        self.customForms = customForms
    }

    // MARK: One DOCX

    /// The verdict on a DOCX's bytes; `name` names it in the result.
    package func verify(docx bytes: [UInt8], name: String) -> Verification {
        let inspection = inspect(docx: bytes, name: name)
        let reproductions = Reproductions(pipeline: pipeline, customForms: customForms)
        inspection.expect(in: reproductions)
        return judge(inspection, name: name, reproductions).verification
    }

    /// A DOCX opened and its provenance read: either its verdict already, or what to compare.
    enum Inspection {
        /// Judged without rendering (not a DOCX, no provenance, an edited provenance part…).
        case decided(Verification, Provenance?)
        /// Sound provenance: the package is compared with what it names, made again.
        case comparable(OOXMLPackage, Provenance)

        /// Announces the file's provenance, so its source is rendered once with the others'.
        func expect(in reproductions: Reproductions) {
            if case .comparable(_, let provenance) = self { reproductions.expect(provenance) }
        }
    }

    /// Opens `bytes` and reads the provenance in it.
    func inspect(docx bytes: [UInt8], name: String) -> Inspection {
        let package: OOXMLPackage
        do {
            package = try OOXMLPackage.open(docx: bytes, name: name)
        } catch {
            return .decided(Verification(file: name, verdict: .cannotReproduce(Self.messages(error.diagnostics, rendered: false))), nil)
        }
        if OOXMLPackage.hasStrayBytes(bytes) { return .decided(Verification(file: name, verdict: .strayBytes), nil) }
        let provenance: Provenance
        do {
            guard let found = try Provenance.read(from: package) else {
                return .decided(Verification(file: name, verdict: .noProvenance), nil)
            }
            provenance = found
        } catch {
            return .decided(Verification(file: name, verdict: .cannotReproduce(Self.text(of: error))), nil)
        }
        guard provenance.isConsistent else {
            return .decided(Verification(file: name, verdict: .changed(parts: [Provenance.partName])), provenance)
        }
        return .comparable(package, provenance)
    }

    /// The verdict on an inspected DOCX and, when it has sound provenance, the provenance.
    func judge(
        _ inspection: Inspection, name: String, _ reproductions: Reproductions
    )
        -> (verification: Verification, provenance: Provenance?)
    {
        switch inspection {
        case .decided(let verification, let provenance):
            return (verification, provenance)
        case .comparable(let package, let provenance):
            do {
                let expected = try reproduce(provenance, reproductions)
                return (Verification(file: name, verdict: Self.compare(package, expected)), provenance)
            } catch {
                return (Verification(file: name, verdict: .cannotReproduce(Self.reason(error))), provenance)
            }
        }
    }

    /// Why the dossier could not be made again, located, in each language.
    private static func reason(_ error: any Error) -> LocalizedText {
        switch error {
        case let error as DossierError: text(of: error)
        case let error as DiagnosticError: messages(error.diagnostics, rendered: true)
        default: LocalizedText(vi: String(describing: error), en: String(describing: error))
        }
    }

    // MARK: A path

    /// Every file of a path: a `.docx`, a folder written by `hoso render` (checked against its
    /// `manifest.json`), or an archive written by `hoso archive` (checked against `archive.json`).
    package func verify(path: URL, onWait: (String) -> Void = { _ in }) -> [Verification] {
        let name = path.path
        switch ReadOnlyFile.kind(of: name, following: true) {
        case .missing:
            return [Verification(file: name, verdict: .notFound)]
        case .directory:
            return verify(folder: path, onWait: onWait)
        case .link, .special:
            return [Verification(file: name, verdict: .notRegularFile)]
        case .regular:
            let isArchive = path.pathExtension.lowercased() == "zip"
            switch ReadOnlyFile.read(name, limit: isArchive ? Self.maxArchiveSize : Self.maxDocxSize, following: true) {
            case .success(let bytes):
                return isArchive ? verify(archive: bytes, name: name) : [verify(docx: bytes, name: name)]
            case .failure(let failure):
                return [Verification(file: name, verdict: Self.verdict(for: failure))]
            }
        }
    }

    // MARK: A folder

    /// A rendered folder. Its verdict needs its `manifest.json`; every DOCX and PDF in it must be
    /// listed there and match; every DOCX must come from the same data, rubric and hoso, and the
    /// manifest must say so; each PDF's text must carry the dossier's key facts. Other files are
    /// warnings. DOCX files are still checked one by one when the manifest is missing.
    /// A render writing into the folder is waited for (after `onWait` with the folder's path), not
    /// judged half done.
    package func verify(folder: URL, onWait: (String) -> Void = { _ in }) -> [Verification] {
        verify(folder: folder, reproductions: Reproductions(pipeline: pipeline, customForms: customForms), onWait: onWait)
    }

    /// `verify(folder:onWait:)`, making the dossier again through `reproductions`.
    func verify(folder: URL, reproductions: Reproductions, onWait: (String) -> Void = { _ in }) -> [Verification] {
        let reading = ReadingLock(folder: folder.path, onWait: { onWait(folder.path) })
        defer { withExtendedLifetime(reading) {} }
        let prefix = folder.path + "/"
        func path(_ name: String) -> String { prefix + name }
        var results: [Verification] = []
        // Every entry counts, hidden ones too (a `.x.docx` is as much a dossier file as `x.docx`),
        // except hoso's own bookkeeping when it is what hoso leaves: its lock file, and a killed
        // run's staging folder holding only staged files. A decided, unfinished commit fails.
        var names: [String] = []
        // A folder that cannot be listed to its end fails: a stray file it holds would go unseen.
        let entries: [String]
        do throws(OutputError) {
            entries = try FileOperations.names(in: folder.path)
        } catch {
            entries = []
            results.append(Verification(file: folder.path, verdict: .unlistable(error.text)))
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

        // The manifest: required, bounded, and listing only plain names of this folder.
        var manifest: Manifest?
        switch ReadOnlyFile.read(path("manifest.json"), limit: Self.maxManifestSize, following: false) {
        case .failure(.missing):
            results.append(Verification(file: path("manifest.json"), verdict: .noManifest))
        case .failure(let failure):
            results.append(Verification(file: path("manifest.json"), verdict: Self.verdict(for: failure)))
        case .success(let bytes):
            if let decoded = try? JSONDecoder().decode(Manifest.self, from: Data(bytes)) {
                var seen: Set<String> = []
                if let bad = decoded.files.first(where: { !Self.isManifestEntry($0.name) || !seen.insert($0.name).inserted }) {
                    results.append(Verification(file: path("manifest.json"), verdict: .invalidManifest(VerifyMessages.manifestEntry(bad.name))))
                } else {
                    manifest = decoded
                }
            } else {
                results.append(Verification(file: path("manifest.json"), verdict: .invalidManifest(VerifyMessages.manifestNotJSON)))
            }
        }

        var sources: [(index: Int, name: String, provenance: Provenance)] = []
        var docxTexts: [String: [UInt8]] = [:]
        var pdfs: [(index: Int, name: String)] = []
        var lostProvenance: [(index: Int, name: String, bytes: [UInt8])] = []
        let listed = manifest?.files ?? []
        let listedNames = Set(listed.map(\.name))

        // Every DOCX to compare is read and opened first, so that the dossier is made again once
        // for all of them (and the bound book), not once per file.
        var opened: [String: (read: Result<[UInt8], ReadOnlyFile.Failure>, inspection: Inspection?)] = [:]
        let docxNames = listed.map(\.name) + (manifest == nil ? names.filter { !listedNames.contains($0) } : [])
        for name in docxNames where name.lowercased().hasSuffix(".docx") {
            guard case .regular = ReadOnlyFile.kind(of: path(name), following: false) else { continue }
            let read = ReadOnlyFile.read(path(name), limit: Self.maxDocxSize, following: false)
            let inspection = try? read.map { inspect(docx: $0, name: path(name)) }.get()
            inspection?.expect(in: reproductions)
            opened[name] = (read, inspection)
        }
        /// The DOCX `name` of the folder, as read above, judged.
        func examine(_ name: String, _ bytes: [UInt8]) -> (verification: Verification, provenance: Provenance?) {
            judge(opened[name]?.inspection ?? inspect(docx: bytes, name: path(name)), name: path(name), reproductions)
        }
        func readDocx(_ name: String) -> Result<[UInt8], ReadOnlyFile.Failure> {
            opened[name]?.read ?? ReadOnlyFile.read(path(name), limit: Self.maxDocxSize, following: false)
        }

        for entry in listed {
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
                    results.append(Verification(file: path(name), verdict: Self.verdict(for: failure)))
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
                    results.append(Verification(file: path(name), verdict: Self.verdict(for: failure)))
                case .success(let actual) where actual != entry.sha256:
                    results.append(Verification(file: path(name), verdict: .sumMismatch(expected: entry.sha256, actual: actual)))
                case .success:
                    results.append(Verification(file: path(name), verdict: .sumMatches))
                    if lower.hasSuffix(".pdf") { pdfs.append((results.count - 1, name)) }
                }
            }
        }

        // Files the manifest does not list: a dossier file is a failure, anything else a warning.
        for name in names where !listedNames.contains(name) {
            let lower = name.lowercased()
            guard lower.hasSuffix(".docx") || lower.hasSuffix(".pdf") else {
                results.append(Verification(file: path(name), verdict: .ignored))
                continue
            }
            if manifest == nil, lower.hasSuffix(".docx"), case .regular = ReadOnlyFile.kind(of: path(name), following: false) {
                // No manifest: still say what each DOCX is, by its own provenance.
                switch readDocx(name) {
                case .failure(let failure):
                    results.append(Verification(file: path(name), verdict: Self.verdict(for: failure)))
                case .success(let bytes):
                    let (verification, provenance) = examine(name, bytes)
                    results.append(verification)
                    if let provenance { sources.append((results.count - 1, name, provenance)) }
                }
            } else {
                results.append(Verification(file: path(name), verdict: .unlisted))
            }
        }

        // One dossier, one source: the bound book's (or the first file's) data, rubric and hoso.
        guard let reference = sources.first(where: { $0.name == DossierPipeline.bookFileName }) ?? sources.first else {
            for pdf in pdfs { results[pdf.index].verdict = .pdfUnreadable(VerifyMessages.noDossierFacts) }
            return results
        }
        let expected = reference.provenance
        for source in sources where source.index != reference.index && results[source.index].passed {
            if let difference = Self.difference(source.provenance, from: expected) {
                results[source.index].verdict = .otherSource(difference)
                docxTexts[source.name] = nil
            }
        }
        if !lostProvenance.isEmpty {
            // A listed DOCX that lost its provenance is compared with the dossier made again; when that
            // fails, each such file says why (not merely "no provenance").
            let rendered: [String: OOXMLPackage]
            do {
                rendered = try reproduceDocuments(expected, reproductions)
            } catch {
                rendered = [:]
                for file in lostProvenance {
                    results[file.index] = Verification(file: path(file.name), verdict: .cannotReproduce(Self.reason(error))).listed
                }
            }
            for file in lostProvenance {
                guard let expectedPackage = rendered[file.name],
                    let package = try? OOXMLPackage.open(docx: file.bytes, name: path(file.name))
                else { continue }
                results[file.index] = Verification(file: path(file.name), verdict: Self.compare(package, expectedPackage)).listed
            }
        }
        // The data as the one rendering loaded it (loaded here only when nothing was rendered).
        let loaded = reproductions.loaded(expected.source) ?? (try? pipeline.load(.embedded(expected.source)))
        if let manifest {
            results += manifestFields(manifest, reference: expected, regime: loaded?.assessment.regime.rawValue, path: path("manifest.json"))
        }

        // PDFs: their text must carry the facts their DOCX carries.
        if !pdfs.isEmpty {
            let facts = loaded.map { Self.keyFacts($0.assessment) } ?? []
            for pdf in pdfs {
                let docxName = String(pdf.name.dropLast(4)) + ".docx"
                guard let docx = docxTexts[docxName] ?? docxTexts[DossierPipeline.bookFileName], !facts.isEmpty else {
                    results[pdf.index].verdict = .pdfUnreadable(VerifyMessages.noDossierFacts)
                    continue
                }
                results[pdf.index].verdict = PDFText.verdict(pdfAt: path(pdf.name), facts: facts, docx: docx)
            }
        }
        return results
    }

    /// The manifest's own fields against the dossier's files.
    private func manifestFields(_ manifest: Manifest, reference: Provenance, regime: String?, path: String) -> [Verification] {
        var results: [Verification] = []
        func disagree(_ field: String, _ recorded: String, _ actual: String) {
            results.append(Verification(file: path, verdict: .manifestDisagrees(field: field, recorded: recorded, actual: actual)))
        }
        if manifest.tool != reference.tool { disagree("tool", manifest.tool, reference.tool) }
        let inputName = (manifest.input as NSString).lastPathComponent
        if inputName != reference.source.dataName { disagree("input", manifest.input, reference.source.dataName) }
        let dataSum = manifest.dataSHA256 ?? manifest.inputSHA256
        if dataSum != reference.dataSHA256 {
            disagree(manifest.dataSHA256 == nil ? "input_sha256" : "data_sha256", dataSum, reference.dataSHA256)
        }
        if let regime, manifest.regime != regime { disagree("regime", manifest.regime, regime) }
        return results
    }

    /// How `provenance` differs from `expected` in data, rubric or hoso version; nil when it does not.
    private static func difference(_ provenance: Provenance, from expected: Provenance) -> LocalizedText? {
        if provenance.dataSHA256 != expected.dataSHA256 {
            return VerifyMessages.otherData(
                provenance.source.dataName, provenance.dataSHA256,
                expected: expected.source.dataName, expected.dataSHA256)
        }
        if provenance.rubricSHA256 != expected.rubricSHA256 {
            return VerifyMessages.otherRubric(provenance.source.rubricReference, expected: expected.source.rubricReference)
        }
        if provenance.tool != expected.tool {
            return VerifyMessages.otherTool(provenance.tool, expected: expected.tool)
        }
        return nil
    }

    /// The facts a PDF of this dossier carries wherever its DOCX does: the unit's name, the total
    /// (as the forms print it, "92,5") and the band or level.
    static func keyFacts(_ assessment: Assessment) -> [String] {
        let evaluation = assessment.evaluation
        var facts = [assessment.unit.name]
        if let total = evaluation.total { facts.append(total.description.replacingOccurrences(of: ".", with: ",")) }
        if !evaluation.resultText.isEmpty { facts.append(evaluation.resultText) }
        return facts
    }

    /// Whether `name` may be a manifest's entry: a plain file name of the folder (the one rule of
    /// `DossierFileName.isPlain`, which `hoso archive` and the commit apply too), not the manifest.
    static func isManifestEntry(_ name: String) -> Bool {
        DossierFileName.isPlain(name) && name != "manifest.json"
    }

    // MARK: An archive

    /// An archive's bytes: `archive.json` lists every entry with its sum.
    package func verify(archive bytes: [UInt8], name: String) -> [Verification] {
        // The archive is read with the same entry-name checks as any package, and bounded.
        let limits = PackageLimits(
            maxEntryCount: 10_000, maxTotalUncompressedSize: 128 << 20,
            maxCompressionRatio: 500, ratioThreshold: 1 << 20)
        let archive: OOXMLPackage
        do {
            archive = try OOXMLPackage.open(docx: bytes, name: name, limits: limits)
        } catch {
            return [Verification(file: name, verdict: .cannotReproduce(Self.messages(error.diagnostics, rendered: false)))]
        }
        if OOXMLPackage.hasStrayBytes(bytes) { return [Verification(file: name, verdict: .strayBytes)] }
        guard let listing = archive.part(DossierArchive.manifestName),
            let contents = try? JSONDecoder().decode(DossierArchive.Contents.self, from: Data(listing))
        else {
            return [Verification(file: name, verdict: .noProvenance)]
        }
        let prefix = name + ":"
        var results: [Verification] = []
        var sources: [(index: Int, name: String, provenance: Provenance)] = []
        var present: [String: [UInt8]] = [:]
        for part in archive.partNames where part != DossierArchive.manifestName { present[part] = archive.part(part) }
        // Every DOCX is opened first, so that the dossier is made again once for all of them.
        let reproductions = Reproductions(pipeline: pipeline, customForms: customForms)
        var inspections: [String: Inspection] = [:]
        for (part, bytes) in present where part.lowercased().hasSuffix(".docx") {
            let inspection = inspect(docx: bytes, name: prefix + part)
            inspection.expect(in: reproductions)
            inspections[part] = inspection
        }
        func verifyDocx(_ bytes: [UInt8], _ part: String) -> Verification {
            let inspection = inspections[part] ?? inspect(docx: bytes, name: prefix + part)
            let (verification, provenance) = judge(inspection, name: prefix + part, reproductions)
            if let provenance { sources.append((results.count, part, provenance)) }
            return verification
        }
        for entry in contents.entries {
            guard let bytes = present.removeValue(forKey: entry.name) else {
                results.append(Verification(file: prefix + entry.name, verdict: .missing))
                continue
            }
            let actual = Manifest.sha256(bytes)
            let isDocx = entry.name.lowercased().hasSuffix(".docx")
            if actual != entry.sha256 {
                let rerendered = isDocx ? verifyDocx(bytes, entry.name) : nil
                if let rerendered, rerendered.verdict.isReRendered, rerendered.verdict != .unchanged {
                    results.append(rerendered.listed)
                } else {
                    results.append(Verification(file: prefix + entry.name, verdict: .sumMismatch(expected: entry.sha256, actual: actual)))
                }
            } else if isDocx {
                results.append(verifyDocx(bytes, entry.name))
            } else {
                results.append(Verification(file: prefix + entry.name, verdict: .sumMatches))
            }
        }
        // Entries nobody listed: a DOCX is still checked against its own provenance.
        for (part, bytes) in present.sorted(by: { $0.key < $1.key }) {
            if part.lowercased().hasSuffix(".docx") {
                results.append(verifyDocx(bytes, part))
            } else {
                results.append(
                    Verification(
                        file: prefix + part,
                        verdict: .cannotReproduce(
                            LocalizedText(vi: "không có trong bản kê", en: "not in the manifest"))))
            }
        }
        // One archive, one dossier: every DOCX from the bound book's data, rubric and hoso.
        if let reference = sources.first(where: { $0.name.hasSuffix("/" + DossierPipeline.bookFileName) }) ?? sources.first {
            for source in sources where source.index != reference.index && results[source.index].passed {
                if let difference = Self.difference(source.provenance, from: reference.provenance) {
                    results[source.index].verdict = .otherSource(difference)
                }
            }
        }
        return results
    }

    // MARK: Re-rendering

    /// What hoso produces from `provenance`'s data with these forms, through the same pipeline as
    /// `hoso render`: the data and rubric come from memory, nothing is read or written but the forms.
    /// The form's document for one form, the bound book for several, from `reproductions`' one
    /// rendering of that source.
    func reproduce(_ provenance: Provenance, _ reproductions: Reproductions) throws -> OOXMLPackage {
        let dossier = try reproductions.dossier(for: provenance)
        for stamp in provenance.forms {
            guard let made = dossier.documents.first(where: { $0.form.id == stamp.id }) else {
                throw DossierError.unknownForm(stamp.id, known: dossier.documents.map(\.form.id))
            }
            guard made.stamp.sha256 == stamp.sha256 else {
                throw DossierError.formChanged(stamp.id, recordedBy: provenance.tool)
            }
        }
        if provenance.forms.count > 1, let book = dossier.book {
            return try OOXMLPackage.open(docx: book, name: DossierPipeline.bookFileName)
        }
        guard let stamp = provenance.forms.first, let only = dossier.documents.first(where: { $0.form.id == stamp.id }) else {
            throw DossierError.unverifiable("forms: []")
        }
        return try OOXMLPackage.open(docx: only.bytes, name: only.fileName)
    }

    /// Every file hoso produces from `provenance`'s data and forms, by file name (`Ho-so.docx`
    /// included when there are several forms): what a listed DOCX that lost its provenance part
    /// (re-saved by Word or LibreOffice) is compared with.
    func reproduceDocuments(_ provenance: Provenance, _ reproductions: Reproductions) throws -> [String: OOXMLPackage] {
        let ids = provenance.forms.map(\.id)
        let dossier = try reproductions.dossier(for: provenance)
        var packages: [String: OOXMLPackage] = [:]
        for made in dossier.documents {
            guard let stamp = provenance.forms.first(where: { $0.id == made.form.id }), made.stamp.sha256 == stamp.sha256 else { continue }
            packages[made.fileName] = try made.package ?? OOXMLPackage.open(docx: made.bytes, name: made.fileName)
        }
        if ids.count > 1, let book = dossier.book, packages.count == ids.count {
            packages[DossierPipeline.bookFileName] = try OOXMLPackage.open(docx: book, name: DossierPipeline.bookFileName)
        }
        return packages
    }

    /// `.unchanged`; `.resaved` when parts differ but every paragraph reads the same (opened and
    /// saved again); `.contentChanged` with the changed words by paragraph; `.changed` with the
    /// parts when the text cannot be compared.
    static func compare(_ actual: OOXMLPackage, _ expected: OOXMLPackage) -> Verification.Verdict {
        let names = Set(actual.partNames).union(expected.partNames).sorted()
        let differing = names.filter { actual.part($0) != expected.part($0) }
        guard !differing.isEmpty else { return .unchanged }
        guard let changes = ContentDiff.changes(from: expected, to: actual) else { return .changed(parts: differing) }
        return changes.isEmpty ? .resaved(parts: differing) : .contentChanged(changes, parts: differing)
    }

    // MARK: Messages

    /// The verdict for a file that was not read.
    private static func verdict(for failure: ReadOnlyFile.Failure) -> Verification.Verdict {
        switch failure {
        case .missing: .missing
        case .notRegular: .notRegularFile
        case .tooLarge(let size, let limit): .tooLarge(size: size, limit: limit)
        case .unreadable(let why): .unreadable(why)
        }
    }

    /// A dossier error's message in each language.
    private static func text(of error: DossierError) -> LocalizedText {
        LocalizedText(vi: error.message(in: .vi), en: error.message(in: .en))
    }

    /// Diagnostics as one message in each language: their messages alone (the file is named
    /// already), or rendered with their locations.
    private static func messages(_ diagnostics: [Diagnostic], rendered: Bool) -> LocalizedText {
        func text(_ language: Language) -> String {
            diagnostics.map { rendered ? $0.rendered(in: language) : $0.message.text(in: language) }.joined(separator: "; ")
        }
        return LocalizedText(vi: text(.vi), en: text(.en))
    }
}
