import ArgumentParser
import Diagnostics
import Foundation

/// Turns what swift-argument-parser prints (its errors, usage lines and help headings, all English)
/// into the requested language, line by line; lines it does not know (our own help texts, already
/// localised) pass through.
enum ArgumentErrorText {
    static func translate(_ message: String, language: Language) -> String {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let usage = lines.first { $0.hasPrefix("Usage: ") }.map { String($0.dropFirst(7)) }
        return lines.map { line -> String in
            if line.hasPrefix("Error: ") {
                return CommandLineMessages.prefix(language) + error(String(line.dropFirst(7)), usage: usage).text(in: language)
            }
            if line.hasPrefix("Help:  ") {
                return CommandLineMessages.optionHelpLine(String(line.dropFirst(7))).text(in: language)
            }
            if let usage = line.hasPrefix("Usage: ") ? String(line.dropFirst(7)) : nil {
                return CommandLineMessages.usageLine(phrases(usage, language)).text(in: language)
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("See '"), trimmed.hasSuffix("for more information.") || trimmed.hasSuffix("for detailed help.") {
                let command = quoted(trimmed).first ?? ""
                return "  " + CommandLineMessages.seeHelp(phrases(command, language)).text(in: language)
            }
            return phrases(line, language)
        }.joined(separator: "\n")
    }

    /// The parser's error sentence, recognised by its shape.
    static func error(_ text: String, usage: String?) -> LocalizedText {
        let values = quoted(text)
        if let usage, usage.hasSuffix("<subcommand>"), let word = unknownCommandWord(usage: usage) {
            // "hoso chek --lang en": the parser complains about the option; the command is what is wrong.
            let path = usage.split(separator: " ").dropFirst().dropLast().map(String.init)
            let commands = subcommandNames(under: path)
            return CommandLineMessages.unknownCommand(
                word, suggestion: Suggestion.closest(to: word, among: commands),
                commands: commands)
        }
        if text.hasPrefix("Unexpected argument '"), let word = values.first, let usage, usage.hasSuffix("<subcommand>") {
            let path = usage.split(separator: " ").dropFirst().dropLast().map(String.init)
            let commands = subcommandNames(under: path)
            return CommandLineMessages.unknownCommand(
                word, suggestion: Suggestion.closest(to: word, among: commands),
                commands: commands)
        }
        if text.hasPrefix("Unexpected argument") || text.contains("unexpected arguments:") {
            return CommandLineMessages.unexpectedArguments(values.map { "'\($0)'" }.joined(separator: ", "))
        }
        if text.hasPrefix("Missing expected argument"), let name = values.first {
            return CommandLineMessages.missingArgument("'\(name)'")
        }
        if text.hasPrefix("Missing one of:") {
            return CommandLineMessages.missingOneOf(values.map { "'\($0)'" }.joined(separator: ", "))
        }
        if text.hasPrefix("Missing value for"), let name = values.first {
            return CommandLineMessages.missingValue("'\(name)'")
        }
        if text.hasPrefix("Unknown option"), let name = values.first {
            return CommandLineMessages.unknownOption(name, suggestion: values.count > 1 ? values[1] : nil)
        }
        if text.hasPrefix("The value '"), values.count >= 2 {
            let choices = text.range(of: "Please provide one of ").map { String(text[$0.upperBound...]) }
                .map { $0.replacingOccurrences(of: " and ", with: ", ").trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            return CommandLineMessages.invalidValue(values[0], for: "'\(values[1])'", choices: choices)
        }
        if text.hasPrefix("The option '"), values.count >= 2 {
            return CommandLineMessages.flagTakesNoValue(values[0], value: values[1])
        }
        if text.hasPrefix("Value to be set with") {
            return CommandLineMessages.givenTwice(values.map { "'\($0)'" }.joined(separator: ", "))
        }
        // Our own ValidationError texts are already in the requested language.
        return LocalizedText(vi: text, en: text)
    }

    /// The first word of the command line, after the commands named in `usage`, that is not an option
    /// and names no command.
    static func unknownCommandWord(usage: String, arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> String? {
        let path = usage.split(separator: " ").dropFirst().dropLast().map(String.init)
        var rest = arguments[...]
        for name in path where rest.first == name { rest = rest.dropFirst() }
        guard let word = rest.first, !word.hasPrefix("-") else { return nil }
        return subcommandNames(under: path).contains(word) || word == "help" ? nil : word
    }

    /// The names of the commands under `path` ("hoso forms" → list, export; "hoso" → init, check, …).
    static func subcommandNames(under path: [String]) -> [String] {
        var command: ParsableCommand.Type = Hoso.self
        for name in path {
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == name }) else { break }
            command = next
        }
        return command.configuration.subcommands.map { $0._commandName }
    }

    /// The parser's help phrases in the requested language.
    static func phrases(_ line: String, _ language: Language) -> String {
        guard language == .vi else { return line }
        var result = line
        for phrase in CommandLineMessages.helpPhrases { result = result.replacingOccurrences(of: phrase.en, with: phrase.vi) }
        return result
    }

    /// The texts between single quotes, in order.
    static func quoted(_ text: String) -> [String] {
        text.split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
}
