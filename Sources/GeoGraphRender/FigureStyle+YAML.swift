import Foundation
import GeoGraph
import Yams

extension FigureStyle {
    /// Reads a style file (see `Graphs/style.yaml`); keys left out take the ``standard`` values.
    /// - Parameters:
    ///   - yaml: The file's text.
    ///   - path: The file's path, for error messages.
    /// - Throws: ``FigureStyleError`` naming the file and what was wrong.
    public init(yaml: String, path: String) throws {
        let file: StyleFile
        do {
            file = try YAMLDecoder().decode(StyleFile.self, from: yaml)
        } catch let DecodingError.dataCorrupted(context) {
            throw FigureStyleError(path: path, reason: Self.describe(context))
        } catch let DecodingError.keyNotFound(key, context) {
            throw FigureStyleError(path: path, reason: "missing '\(key.stringValue)' at \(Self.keyPath(context))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw FigureStyleError(path: path, reason: Self.describe(context))
        } catch let DecodingError.valueNotFound(_, context) {
            throw FigureStyleError(path: path, reason: Self.describe(context))
        } catch {
            throw FigureStyleError(path: path, reason: "\(error)")
        }
        var style = FigureStyle.standard
        if let font = file.font {
            guard FigureStyle.isFontFamily(font) else {
                throw FigureStyleError(
                    path: path,
                    reason: "font '\(font)' must be a font family name (letters, digits, spaces, hyphens), not a path")
            }
            style.font = font
        }
        for (name, color) in file.layers ?? [:] {
            guard let layer = Layer(rawValue: name) else {
                throw FigureStyleError(path: path, reason: "unknown layer '\(name)' under layers")
            }
            style.layers[layer] = color
        }
        for (name, look) in file.polarity ?? [:] {
            guard let polarity = Polarity(rawValue: name) else {
                throw FigureStyleError(path: path, reason: "unknown polarity '\(name)' under polarity")
            }
            style.polarity[polarity] = look
        }
        if let pen = file.penwidth {
            guard pen.min > 0, pen.min <= pen.max, pen.max <= 10 else {
                throw FigureStyleError(path: path, reason: "penwidth needs 0 < min <= max <= 10")
            }
            style.penwidth = pen.min...pen.max
        }
        for (name, shape) in file.kinds ?? [:] {
            guard let kind = ActorKind(rawValue: name) else {
                throw FigureStyleError(path: path, reason: "unknown actor kind '\(name)' under kinds")
            }
            style.kinds[kind] = shape
        }
        if let clusters = file.clusters { style.clusters = clusters }
        if let fill = file.measureFill { style.measureFill = fill }
        if let highlight = file.highlight { style.highlight = highlight }
        self = style
    }

    /// Reads a style file from disk.
    /// - Throws: ``FigureStyleError`` when the file is missing or malformed.
    public static func load(path: String) throws -> FigureStyle {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FigureStyleError(path: path, reason: "cannot read the file")
        }
        return try FigureStyle(yaml: String(decoding: data, as: UTF8.self), path: path)
    }

    /// The style built into the binary (`Graphs/style.yaml` when it was built).
    /// - Throws: ``FigureStyleError`` (none for the file the tests check).
    public static func bundled() throws -> FigureStyle {
        try FigureStyle(yaml: BundledFile.style.text, path: BundledFile.style.displayPath)
    }

    private struct StyleFile: Decodable {
        struct Pen: Decodable {
            var min: Double
            var max: Double
        }
        var font: String?
        var layers: [String: HexColor]?
        var polarity: [String: EdgeLook]?
        var penwidth: Pen?
        var kinds: [String: NodeShape]?
        var clusters: [ClusterStyle]?
        var measureFill: HexColor?
        var highlight: HexColor?

        enum CodingKeys: String, CodingKey {
            case font, layers, polarity, penwidth, kinds, clusters, highlight
            case measureFill = "measure_fill"
        }
    }

    private static func keyPath(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        return path.isEmpty ? "the top level" : path
    }

    private static func describe(_ context: DecodingError.Context) -> String {
        "\(keyPath(context)): \(context.debugDescription)"
    }
}

/// A style file that cannot be used.
public struct FigureStyleError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
