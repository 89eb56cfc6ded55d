import Foundation
import Testing

@testable import VietnameseText

@Suite struct LegacyEncodingDetectorTests {
    /// TCVN3 (.VnTime) text as it arrives when pasted into a Unicode file (Windows-1252 reading).
    @Test(arguments: [
        "Tr\u{00AD}êng TiÓu häc",  // Trường Tiểu học
        "Hå s¬",  // Hồ sơ
        "Céng hoµ x· héi chñ nghÜa ViÖt Nam",  // Cộng hoà xã hội chủ nghĩa Việt Nam
        "§éc lËp - Tù do - H¹nh phóc",  // Độc lập - Tự do - Hạnh phúc
        "®¸nh gi¸, xÕp lo¹i §¬n vÞ häc tËp",  // đánh giá, xếp loại Đơn vị học tập
        "Nguyễn Văn An lµ gi¸o viªn",  // mixed: a Unicode name then TCVN3
        "B¸o c¸o",  // Báo cáo
        "Phßng GD§T Nam S¸ch",  // Phòng GDĐT Nam Sách
        "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM",  // .VnTimeH capitals
    ])
    func tcvn3(_ text: String) {
        #expect(LegacyEncodingDetector.suspectedEncoding(of: text) == .tcvn3, "\(text)")
    }

    /// VNI-Times text as it arrives when pasted into a Unicode file.
    @Test(arguments: [
        "Tröôøng Tieåu hoïc",  // Trường Tiểu học
        "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",  // Cộng hòa xã hội chủ nghĩa Việt Nam
        "Ñoäc laäp - Töï do - Haïnh phuùc",  // Độc lập - Tự do - Hạnh phúc
        "ñaùnh giaù, xeáp loaïi Ñôn vò hoïc taäp",  // đánh giá, xếp loại Đơn vị học tập
        "Nguyeãn Vaên An",  // Nguyễn Văn An
        "Buøi Thò Tuyeát",  // Bùi Thị Tuyết
        "Xin chaøo caùc baïn",  // Xin chào các bạn
        "TRÖÔØNG TIEÅU HOÏC",  // TRƯỜNG TIỂU HỌC
        "Tröôøng",  // Trường alone: ươ and ờ
    ])
    func vni(_ text: String) {
        #expect(LegacyEncodingDetector.suspectedEncoding(of: text) == .vni, "\(text)")
    }

    @Test func reportsTheWordsThatGaveItAway() throws {
        let detection = try #require(LegacyEncodingDetector.detect("Tr\u{00AD}êng TiÓu häc An S¬n"))
        #expect(detection.encoding == .tcvn3)
        #expect(detection.words == ["Tr\u{00AD}êng", "TiÓu", "S¬n"])
        let vni = try #require(LegacyEncodingDetector.detect("Tröôøng Tieåu hoïc"))
        #expect(vni.words == ["Tröôøng", "Tieåu"])  // "hoïc" only has a weak hit (oï as in "coïncidence")
        #expect(LegacyEncoding.vni.displayName == "VNI (VNI-Times)")
    }

    @Test(arguments: [
        "Trường Tiểu học An Sơn", "Cộng hoà xã hội chủ nghĩa Việt Nam", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Hoàng Hồng Nam", "Bùi Thị Tuyết", "Mùa Va Hồ", "Uỷ ban nhân dân", "ỦY BAN NHÂN DÂN", "Thuở", "khuya",
        "hoá học, toán, khoẻ, quý, quà, xoá", "Ngoài ra, khuyến khích", "Tru\u{031B}o\u{031B}\u{0300}ng",
        "Trường\u{00AD}học",  // one soft hyphen is not enough
        "iPhone, McDonald’s, eBay, GDĐT, ĐHSP, TP.HCM, THCS-THPT",
        "«Trường học» là…", "§ 6 Vietnamese text", "3 × 4 = 12", "½ điểm", "Apple® Pages",
        // English, French, German, Spanish.
        "The quick brown fox jumps over the lazy dog.",
        "Où est la naïveté ? Le coût du goût en août, à l’école, déjà, Noël, Raphaël, Chloé, Zoë.",
        "Les élèves français reçoivent leur maïs; coïncidence, héroïne, Héloïse, Israël.",
        "Müller, schön, Mädchen, Straße, Göring, Øresund, Bjørn, Ångström.",
        "El señor Raúl Núñez, de España, comió piñata y jalapeño en el año pasado.",
        "Crème brûlée, résumé, café, naïve, façade, Citroën.",
        "", "12345", "CB-GV-NV",
    ])
    func leavesRealTextAlone(_ text: String) {
        #expect(LegacyEncodingDetector.detect(text) == nil, "\(text)")
    }

    @Test func seedSentencesAreNotFlagged() {
        #expect(SeedSentences.all.count > 100)
        for sentence in SeedSentences.all {
            #expect(LegacyEncodingDetector.detect(sentence) == nil, "\(sentence)")
            #expect(LegacyEncodingDetector.detect(VietnameseCase.uppercased(sentence)) == nil, "\(sentence)")
            let nfd = sentence.decomposedStringWithCanonicalMapping
            #expect(LegacyEncodingDetector.detect(nfd) == nil, "\(sentence)")
        }
    }

    /// Every line of the seed documents, when `HOSO_SEEDS` names their folder (e.g. ../shared/seeds).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["HOSO_SEEDS"] != nil))
    func everySeedLineIsNotFlagged() throws {
        let folder = URL(fileURLWithPath: try #require(ProcessInfo.processInfo.environment["HOSO_SEEDS"]))
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        #expect(!files.isEmpty)
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                #expect(LegacyEncodingDetector.detect(String(line)) == nil, "\(file.lastPathComponent): \(line)")
            }
        }
    }
}

@Suite struct LegacyEncodingRoundTripTests {
    /// Every seed sentence with a few marked letters, re-encoded, is recognised as what it was encoded in.
    @Test(arguments: LegacyEncoding.allCases)
    func seedSentencesReencoded(_ encoding: LegacyEncoding) {
        var checked = 0
        for sentence in SeedSentences.all {
            let marked = sentence.filter { !$0.isASCII && $0.isLetter }.count
            guard marked >= 3 else { continue }
            checked += 1
            for variant in [sentence, VietnameseCase.uppercased(sentence)] {
                let mojibake = LegacyEncoder.encode(variant, as: encoding)
                #expect(LegacyEncodingDetector.suspectedEncoding(of: mojibake) == encoding, "\(mojibake)")
            }
        }
        #expect(checked > 100)
    }

    @Test(arguments: LegacyEncoding.allCases)
    func shortNamesReencoded(_ encoding: LegacyEncoding) {
        let names = [
            "Nguyễn Văn An", "Trần Thị Ánh", "Hoàng Hồng Nam", "Bùi Thị Tuyết", "Đỗ Thị Ân", "Phạm Đức Anh",
            "Trường Tiểu học An Sơn", "Phòng Giáo dục và Đào tạo", "Hiệu trưởng", "Phó Hiệu trưởng",
        ]
        for name in names {
            let mojibake = LegacyEncoder.encode(name, as: encoding)
            #expect(LegacyEncodingDetector.suspectedEncoding(of: mojibake) == encoding, "\(name) → \(mojibake)")
        }
    }
}
