/// A value typed where one of a few keywords is expected ("TT25" for a regime), refused: the message
/// quotes it, suggests the closest keyword and lists them all. The same refusal whether the value
/// was typed in a data file, on the command line or in a page.
package struct InvalidChoice: Error, Sendable, Equatable {
    /// "'TT25' không hợp lệ. Có phải ý bạn là 'tt24'? Chọn một trong: tt22, tt24".
    package var message: LocalizedText

    /// A refusal saying `message`.
    package init(message: LocalizedText) {
        self.message = message
    }
}
