/// A time of day to the minute, as minutes record it: "Vào hồi 14 giờ 00 …".
package struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The hour, 0...23.
    package let hour: Int
    /// The minute, 0...59.
    package let minute: Int

    /// Creates a time, or nil when the hour or minute is out of range.
    package init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses "14:00", "14h00", "14h", "14g30", "14 giờ 00", "14 giờ 00 phút" or "14 giờ"
    /// (hour of one or two digits, minutes of exactly two; "h"/"g" in either case).
    package init?(parsing text: String) {
        let normalized = VietnameseNormalizer.normalize(String(text.trimmingASCIIWhitespace())).lowercased()
        var rest = Substring(normalized)
        let hourDigits = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(hourDigits.count), let hour = Int(hourDigits) else { return nil }
        rest = rest.dropFirst(hourDigits.count)
        let separators = [":", "h", "g", " giờ ", " giờ", "giờ ", "giờ"]
        guard let separator = separators.first(where: { rest.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(separator.count)
        var minute = 0
        if !rest.isEmpty {
            let minuteDigits = rest.prefix { $0.isASCII && $0.isNumber }
            guard minuteDigits.count == 2, let value = Int(minuteDigits) else { return nil }
            minute = value
            rest = rest.dropFirst(2)
            for suffix in [" phút", "phút", "'"] where rest.hasPrefix(suffix) {
                rest = rest.dropFirst(suffix.count)
                break
            }
            guard rest.isEmpty else { return nil }
        } else if separator == ":" {
            return nil
        }
        self.init(hour: hour, minute: minute)
    }

    /// "14 giờ 00", "7 giờ 30": hour as is, minutes on two digits.
    package var vietnamese: String { "\(hour) giờ \(minute < 10 ? "0" : "")\(minute)" }

    /// "14:00", "07:30".
    package var hhmm: String { "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)" }

    /// The "14:00" form, for debugging.
    package var description: String { hhmm }

    /// Earlier times first.
    package static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
    }
}
