import ArgumentParser
import Dossier
import Foundation
import HosoServer

/// `hoso serve`: the whole dossier from a browser, on this machine only unless a password is set.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: localized(
            "Mở ứng dụng web để lập hồ sơ trong trình duyệt (chỉ trên máy này).",
            "Opens the web application to build the dossier in a browser (this machine only)."),
        discussion: localized(
            "Thư mục làm việc chứa mỗi đơn vị, mỗi năm một tệp .yaml. Trang đầu liệt kê các tệp và tạo tệp mới; trang đơn vị cho nhập mọi mục, kiểm tra như 'hoso check', lập hồ sơ và tải về tệp .zip.",
            "The workspace holds one .yaml file per unit and year. The home page lists them and creates new ones; a unit's page edits every section, checks it as 'hoso check' does, renders the dossier and downloads it as a .zip."
        )
    )

    @Option(help: help("Thư mục làm việc (mặc định: thư mục hiện tại).", "The workspace folder (default: the current one)."))
    var workspace: String = "."
    @Option(help: help("Cổng (mặc định 8080; 0 để hệ thống tự chọn).", "The port (default 8080; 0 lets the system choose)."))
    var port: Int = 8080
    @Option(
        help: help(
            "Địa chỉ lắng nghe (mặc định 127.0.0.1); địa chỉ khác phải kèm --password.",
            "The address to listen on (default 127.0.0.1); any other needs --password."))
    var host: String = "127.0.0.1"
    @Option(
        help: help(
            "Mật khẩu (HTTP Basic) — bắt buộc khi --host không phải 127.0.0.1.", "A password (HTTP Basic), required when --host is not 127.0.0.1."))
    var password: String?
    @OptionGroup var forms: FormsOptions

    func validate() throws {
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        if !loopback, (password ?? "").isEmpty {
            throw ValidationError("--host '\(host)': mở hoso ra mạng khác phải kèm --password MẬT_KHẨU (ít nhất 8 ký tự).")
        }
        if let password, password.count < 8 {
            throw ValidationError("--password: mật khẩu quá ngắn (\(password.count) ký tự); dùng ít nhất 8 ký tự.")
        }
        if !(0...65535).contains(port) {
            throw ValidationError("--port \(port): cổng phải từ 0 đến 65535.")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workspace, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--workspace '\(workspace)': không có thư mục này. Tạo thư mục trước hoặc chọn thư mục khác.")
        }
    }

    func run() async throws {
        let options = HosoServer.Options(
            workspace: URL(fileURLWithPath: workspace), formsRoot: try forms.root(),
            host: host == "localhost" ? "127.0.0.1" : host, port: port, password: password)
        try await HosoServer(options: options).run { address in
            // Written unbuffered: a script or a person reads the address as soon as it is printed.
            FileHandle.standardOutput.write(Data("hoso đang chạy tại \(address) — mở địa chỉ này trong trình duyệt; Ctrl+C để dừng.\n".utf8))
        }
    }
}
