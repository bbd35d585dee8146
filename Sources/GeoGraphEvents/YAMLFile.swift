import Foundation
import GeoGraph
import Yams

/// A YAML data file composed into nodes, with the helpers the mapping loaders share: every error
/// names the file and the line of the node at fault.
struct YAMLFile {
    let path: String
    let root: Node.Mapping

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw EventDataError(path: path, line: 0, problem: "cannot read the file (missing, a folder, or not UTF-8)")
        }
        try self.init(text: text, path: path)
    }

    init(text: String, path: String) throws {
        self.path = path
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw EventDataError(path: path, line: YAMLFile.line(of: error), problem: "not valid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        } catch {
            throw EventDataError(path: path, line: 1, problem: "not valid YAML")
        }
        guard let map = node?.mapping else { throw EventDataError(path: path, line: 1, problem: "expected a mapping at the top") }
        root = map
    }

    static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: 1
        }
    }

    func fail(_ node: Node?, _ problem: String) -> EventDataError {
        EventDataError(path: path, line: node?.mark?.line ?? 0, problem: problem)
    }

    func schema(_ expected: String) throws {
        guard root["schema"]?.string == expected else { throw fail(root["schema"], "schema must be '\(expected)'") }
    }

    func list(_ node: Node?, _ field: String) throws -> [Node] {
        guard let node else { return [] }
        guard let items = node.sequence else { throw fail(node, "'\(field)' must be a list") }
        return Array(items)
    }

    func mapping(_ node: Node, allowed: [String], owner: String) throws -> Node.Mapping {
        guard let map = node.mapping else { throw fail(node, "\(owner) must be a mapping") }
        for key in map.keys where !allowed.contains(key.string ?? "") {
            throw fail(key, "unknown field '\(key.string ?? "?")' in \(owner); expected one of \(allowed.joined(separator: ", "))")
        }
        return map
    }

    func string(_ map: Node.Mapping, _ field: String, owner: String, at node: Node) throws -> String {
        guard let value = map[field] else { throw fail(node, "\(owner) has no '\(field)'; add it") }
        guard let text = value.scalar?.string, !text.isEmpty else { throw fail(value, "'\(field)' must be a non-empty string") }
        return text
    }

    func optionalString(_ map: Node.Mapping, _ field: String) throws -> String? {
        guard let value = map[field] else { return nil }
        guard let text = value.scalar?.string, !text.isEmpty else { throw fail(value, "'\(field)' must be a non-empty string") }
        return text
    }

    func strings(_ node: Node?, _ field: String) throws -> [String] {
        guard let node else { return [] }
        if let text = node.scalar?.string { return [text] }
        guard let items = node.sequence else { throw fail(node, "'\(field)' must be a list of strings") }
        return try items.map { item in
            guard let text = item.scalar?.string, !text.isEmpty else { throw fail(item, "'\(field)' must be a list of non-empty strings") }
            return text
        }
    }
}
