import Testing

@testable import VietnameseText

@Suite struct VietnameseDateTests {
    @Test(arguments: [
        (2024, 1, 5, "ngày 05 tháng 01 năm 2024"), (2022, 10, 13, "ngày 13 tháng 10 năm 2022"),
        (2024, 3, 15, "ngày 15 tháng 3 năm 2024"), (2024, 2, 29, "ngày 29 tháng 02 năm 2024"),
        (2023, 12, 31, "ngày 31 tháng 12 năm 2023"), (2020, 8, 6, "ngày 06 tháng 8 năm 2020"),
        (2024, 11, 9, "ngày 09 tháng 11 năm 2024"), (2024, 9, 10, "ngày 10 tháng 9 năm 2024"),
    ])
    func decree30(_ year: Int, _ month: Int, _ day: Int, _ expected: String) throws {
        let date = try #require(VietnameseDate(year: year, month: month, day: day))
        #expect(date.decree30 == expected)
    }

    @Test(arguments: [
        ((2023, 2, 15), 12, "2024-02-15"), ((2023, 2, 28), 12, "2024-02-28"), ((2024, 2, 29), 12, "2025-02-28"),
        ((2023, 3, 31), 11, "2024-02-29"), ((2024, 1, 31), 1, "2024-02-29"), ((2024, 12, 5), 1, "2025-01-05"),
        ((2024, 6, 20), 0, "2024-06-20"), ((9999, 6, 1), 12, "9999-12-31"),
    ])
    func addingMonths(_ start: (Int, Int, Int), _ months: Int, _ expected: String) throws {
        let date = try #require(VietnameseDate(year: start.0, month: start.1, day: start.2))
        #expect(date.adding(months: months).iso == expected)
    }

    @Test func otherFormats() throws {
        let date = try #require(VietnameseDate(year: 2024, month: 1, day: 5))
        #expect(date.placeDate(place: "An Sơn") == "An Sơn, ngày 05 tháng 01 năm 2024")
        #expect(date.short == "05/01/2024")
        #expect(date.iso == "2024-01-05")
        #expect(date.monthYear == "tháng 01 năm 2024")
        let october = try #require(VietnameseDate(year: 2022, month: 10, day: 13))
        #expect(october.monthYear == "tháng 10 năm 2022")
        #expect(october.placeDate(place: "Hà Đông") == "Hà Đông, ngày 13 tháng 10 năm 2022")
        #expect(october.short == "13/10/2022")
    }

    @Test(arguments: [
        (2023, 2, 29), (2024, 2, 30), (2024, 4, 31), (2024, 13, 1), (2024, 0, 1), (2024, 1, 0),
        (2024, 1, 32), (1900, 2, 29), (0, 1, 1), (10000, 1, 1),
    ])
    func invalidDates(_ year: Int, _ month: Int, _ day: Int) {
        #expect(VietnameseDate(year: year, month: month, day: day) == nil)
    }

    @Test func leapYears() {
        #expect(VietnameseDate(year: 2000, month: 2, day: 29) != nil)
        #expect(VietnameseDate(year: 2024, month: 2, day: 29) != nil)
        #expect(!VietnameseDate.isLeapYear(1900))
        #expect(!VietnameseDate.isLeapYear(2023))
        #expect(VietnameseDate.daysIn(month: 2, year: 2023) == 28)
    }

    @Test(arguments: [
        ("2024-01-05", 2024, 1, 5), ("05/01/2024", 2024, 1, 5), ("5/1/2024", 2024, 1, 5),
        ("13/10/2022", 2022, 10, 13), (" 2022-10-13 ", 2022, 10, 13), ("29/02/2024", 2024, 2, 29),
        ("05-01-2024", 2024, 1, 5), ("05.01.2024", 2024, 1, 5), ("2024/01/05", 2024, 1, 5), ("2024-1-5", 2024, 1, 5),
        ("ngày 05 tháng 01 năm 2024", 2024, 1, 5), ("Ngày 5 tháng 1 năm 2024", 2024, 1, 5),
        ("13 tháng 10 năm 2022", 2022, 10, 13), ("05 / 01 / 2024", 2024, 1, 5),
    ])
    func parsing(_ text: String, _ year: Int, _ month: Int, _ day: Int) {
        #expect(VietnameseDate(parsing: text) == VietnameseDate(year: year, month: month, day: day))
        #expect(VietnameseDate(parsing: text) != nil)
    }

    @Test(arguments: [
        "31/02/2024", "01/05/24", "", "hôm nay", "2024-01-05T00:00", "05/01-2024", "2023-2024",
        "+5/1/2024", "29/02/2023", "2024-02-30", "05/01/202", "005/01/2024", "ngày 05 tháng 01 2024",
    ])
    func rejectedText(_ text: String) {
        #expect(VietnameseDate(parsing: text) == nil)
    }

    @Test func ordering() throws {
        let dates = ["2024-01-05", "2022-10-13", "2023-12-31", "2024-01-04"].compactMap(VietnameseDate.init(iso:))
        #expect(dates.sorted().map(\.iso) == ["2022-10-13", "2023-12-31", "2024-01-04", "2024-01-05"])
    }
}

@Suite struct TimeOfDayTests {
    @Test(arguments: [
        ("14:00", 14, 0), ("14h00", 14, 0), ("14 giờ 00", 14, 0), ("14h", 14, 0), ("7h30", 7, 30),
        ("7 giờ 30 phút", 7, 30), ("16 giờ", 16, 0), ("8H15", 8, 15), ("08:05", 8, 5), ("9g45", 9, 45),
        ("23:59", 23, 59), ("0:00", 0, 0),
    ])
    func parsing(_ text: String, _ hour: Int, _ minute: Int) {
        #expect(TimeOfDay(parsing: text) == TimeOfDay(hour: hour, minute: minute))
        #expect(TimeOfDay(parsing: text) != nil)
    }

    @Test func decomposedInput() {
        let nfd = "14 gi\u{01A1}\u{0300} 00"  // giờ typed as ơ + combining grave
        #expect(TimeOfDay(parsing: nfd) == TimeOfDay(hour: 14, minute: 0))
    }

    @Test(arguments: ["24:00", "14:60", "14:", "14", "14:5", "h00", "", "14 giờ 00 sáng", "1400", "14:000"])
    func rejectedText(_ text: String) {
        #expect(TimeOfDay(parsing: text) == nil)
    }

    @Test func formatting() throws {
        #expect(try #require(TimeOfDay(hour: 14, minute: 0)).vietnamese == "14 giờ 00")
        #expect(try #require(TimeOfDay(hour: 7, minute: 5)).vietnamese == "7 giờ 05")
        #expect(try #require(TimeOfDay(hour: 7, minute: 5)).hhmm == "07:05")
    }

    @Test func comparing() throws {
        let start = try #require(TimeOfDay(parsing: "14h00"))
        let end = try #require(TimeOfDay(parsing: "16 giờ 30"))
        #expect(start < end)
        #expect(!(end < start))
        #expect(start == TimeOfDay(parsing: "14:00"))
    }

    @Test(arguments: [
        ("05/01/24", DateReading.twoDigitYear(day: 5, month: 1, year: 24)),
        ("5-1-24", .twoDigitYear(day: 5, month: 1, year: 24)),
        ("31/02/2024", .impossible(day: 31, month: 2, year: 2024)),
        ("01/13/2024", .impossible(day: 1, month: 13, year: 2024)),
        ("ngày 30 tháng 02 năm 2023", .impossible(day: 30, month: 2, year: 2023)),
        ("2023-2024", .unreadable), ("hôm nay", .unreadable), ("05/01/202", .unreadable),
    ])
    func readingSaysWhyTextIsNotADate(_ text: String, _ expected: DateReading) {
        #expect(DateReading(text) == expected)
    }
}
