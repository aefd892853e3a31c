package org.escalon.examples.sweep;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.escalon.examples.input.Numbers;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Strict binding of a scenario file's text to {@link ScenarioSpec} records: the YAML or JSON syntax, the top-level
 * shape, unknown fields, wrong types (no coercion between text, numbers and booleans) and duplicate keys are each a
 * {@link ScenarioException} naming the file and the field path ({@code levels[2].dose_ug}). A path that a grid axis
 * set is shown as the grid entry it came from ({@code grid.target[1] (target)}). Immutable.
 */
public final class ScenarioBinding {

  private final String file;
  private final boolean json;
  private final ObjectMapper mapper;

  private ScenarioBinding(String file, boolean json) {
    this.file = file;
    this.json = json;
    this.mapper = mapper(json);
  }

  /**
   * The binding for {@code fileName}: .json is JSON, .yaml and .yml are YAML, anything else is refused.
   *
   * @param fileName the scenario's file name (selects YAML or JSON and is used in messages)
   * @return the binding for {@code fileName}: .json is JSON, .yaml and .yml are YAML, anything else is refused
   */
  public static ScenarioBinding forFile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean json = lower.endsWith(".json");
    if (!json && !lower.matches(".*\\.ya?ml$")) {
      throw new ScenarioException(fileName + ": unknown file type; allowed: .yaml, .yml or .json");
    }
    return new ScenarioBinding(fileName, json);
  }

  /**
   * The file name used in messages.
   *
   * @return the file name used in messages
   */
  public String file() {
    return file;
  }

  /** The mapper (thread-safe once configured). */
  ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Parses {@code text} into the top-level mapping. YAML anchors and aliases are resolved ({@code description: *n}
   * is the anchored value); numbers must be written in {@link Numbers}' strict syntax.
   *
   * @param text the scenario's text: engines that run elsewhere parse it again there ({@link ScenarioFile#parse})
   * @return the top-level mapping
   */
  public ObjectNode readTree(String text) {
    JsonNode root;
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      JsonToken first = p.nextToken();
      root = first == null ? null : new TreeReader(p, text).value();
      if (root != null && p.nextToken() != null) {
        throw new ScenarioException(file + ": line " + p.currentLocation().getLineNr() + ": more than one "
            + (json ? "JSON value" : "YAML document") + "; a scenario file holds one mapping");
      }
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      var loc = e.getLocation();
      throw new ScenarioException(file + ": not valid " + (json ? "JSON" : "YAML")
          + (loc != null ? " at line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "") + ": "
          + (msg == null ? "" : msg.replaceAll("\\s*\\R\\s*", " ")));
    } catch (IOException e) {
      throw new ScenarioException(file + ": cannot read: " + oneLine(e.getMessage()));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new ScenarioException(file + ": the file is empty; it must be a mapping of scenario fields");
    }
    if (!root.isObject()) {
      throw new ScenarioException(file + ": the top level must be a mapping of scenario fields, got "
          + describe(root));
    }
    return (ObjectNode) root;
  }

  /** Builds the tree token by token, keeping anchored values and replacing aliases by copies of them. */
  private final class TreeReader {
    private final JsonParser p;
    private final String text;
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private Map<String, JsonNode> scalars;

    TreeReader(JsonParser p, String text) {
      this.p = p;
      this.text = text;
    }

    /** The value starting at the current token. */
    JsonNode value() throws IOException {
      String anchor = p instanceof YAMLParser y && !y.isCurrentAlias() ? y.getCurrentAnchor() : null;
      JsonNode v = switch (p.currentToken()) {
        case START_OBJECT -> object();
        case START_ARRAY -> array();
        case VALUE_STRING -> p instanceof YAMLParser y && y.isCurrentAlias() ? alias(p.getText())
            : JsonNodeFactory.instance.textNode(p.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number();
        case VALUE_TRUE, VALUE_FALSE -> JsonNodeFactory.instance.booleanNode(p.getBooleanValue());
        case VALUE_NULL -> JsonNodeFactory.instance.nullNode();
        default -> throw at("unexpected " + p.currentToken());
      };
      if (anchor != null) {
        anchors.put(anchor, v);
      }
      return v;
    }

    private ObjectNode object() throws IOException {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (name.equals("<<") && !json) {
          throw at("YAML merge keys (<<) are not supported; write the fields out");
        }
        p.nextToken();
        if (o.has(name)) {
          throw at("duplicate field '" + name + "'");
        }
        o.set(name, value());
      }
      return o;
    }

    private ArrayNode array() throws IOException {
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        a.add(value());
      }
      return a;
    }

    private JsonNode alias(String name) {
      JsonNode v = anchors.containsKey(name) ? anchors.get(name) : scalarAnchors().get(name);
      if (v == null) {
        throw at("YAML alias *" + name + " names no anchor (&" + name + ") above it");
      }
      return v.deepCopy();
    }

    /**
     * Anchored scalars ({@code name: &n text}), which Jackson's YAML parser does not report: read from the YAML
     * events directly and typed as Jackson types plain scalars (strict numbers, true/false, null, else text).
     */
    private Map<String, JsonNode> scalarAnchors() {
      if (scalars == null) {
        scalars = new HashMap<>();
        for (Event e : new Yaml().parse(new StringReader(text))) {
          if (e instanceof ScalarEvent sc && sc.getAnchor() != null) {
            scalars.put(sc.getAnchor(), scalar(sc));
          }
        }
      }
      return scalars;
    }

    private JsonNode scalar(ScalarEvent sc) {
      String v = sc.getValue();
      if (sc.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
        return JsonNodeFactory.instance.textNode(v);
      }
      if (v.matches("[+-]?[0-9]+") && v.length() < 10) {
        return JsonNodeFactory.instance.numberNode(Integer.parseInt(v));
      }
      try {
        return JsonNodeFactory.instance.numberNode(Numbers.parseDouble("number", v));
      } catch (IllegalArgumentException notANumber) {
        // not a number: boolean, null or text
      }
      if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
        return JsonNodeFactory.instance.booleanNode(v.equalsIgnoreCase("true"));
      }
      return v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null") ? JsonNodeFactory.instance.nullNode()
          : JsonNodeFactory.instance.textNode(v);
    }

    private JsonNode number() throws IOException {
      String typed = p.getText();
      try {
        Numbers.parseDouble("number", typed);
      } catch (IllegalArgumentException e) {
        throw at("'" + typed + "' is not " + Numbers.NUMBER);
      }
      if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
        return JsonNodeFactory.instance.numberNode(p.getDoubleValue());
      }
      return switch (p.getNumberType()) {
        case INT -> JsonNodeFactory.instance.numberNode(p.getIntValue());
        case LONG -> JsonNodeFactory.instance.numberNode(p.getLongValue());
        default -> JsonNodeFactory.instance.numberNode(p.getBigIntegerValue());
      };
    }

    private ScenarioException at(String problem) {
      return new ScenarioException(file + ": line " + p.currentLocation().getLineNr() + ": " + problem);
    }
  }

  static ObjectMapper mapper(boolean json) {
    ObjectMapper m = json ? JsonMapper.builder().build() : YAMLMapper.builder(new YAMLFactory()).build();
    m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
        DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    m.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    for (LogicalType t : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
        LogicalType.Boolean}) {
      var c = m.coercionConfigFor(t);
      for (CoercionInputShape s : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
          CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString}) {
        boolean same = (t == LogicalType.Textual && s == CoercionInputShape.String)
            || (t == LogicalType.Integer && s == CoercionInputShape.Integer)
            || (t == LogicalType.Float && (s == CoercionInputShape.Float || s == CoercionInputShape.Integer))
            || (t == LogicalType.Boolean && s == CoercionInputShape.Boolean);
        if (!same) {
          c.setCoercion(s, CoercionAction.Fail);
        }
      }
    }
    return m;
  }

  /**
   * Binds {@code node} to {@code type}; errors name the path below {@code prefix}, with grid-set fields shown by
   * their {@code origin}.
   *
   * @param node the file as it reads for this point
   * @param type the record type of the section ({@code ScenarioSpec} or one of its parts)
   * @param prefix the field path of {@code node} in the file, e.g. {@code designs[1]}
   * @param origin for each grid-set field, the grid entry it came from ({@code target → grid.target[1]})
   * @param <T> the record type
   * @return the bound record
   */
  public <T> T bind(JsonNode node, Class<T> type, String prefix, Map<String, String> origin) {
    try {
      return mapper.treeToValue(node, type);
    } catch (JsonMappingException e) {
      StringBuilder path = new StringBuilder(prefix);
      JsonNode at = node;
      for (JsonMappingException.Reference r : e.getPath()) {
        if (r.getFieldName() != null) {
          if (path.length() > 0) {
            path.append('.');
          }
          path.append(r.getFieldName());
          at = at == null ? null : at.get(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
          at = at == null ? null : at.get(r.getIndex());
        }
      }
      throw error(e, origin(path.toString(), origin), at);
    } catch (JsonProcessingException e) {
      throw ScenarioException.at(file, prefix, oneLine(e.getOriginalMessage()));
    }
  }

  private ScenarioException error(JsonMappingException e, String p, JsonNode at) {
    if (e instanceof UnrecognizedPropertyException u) {
      String parent = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "";
      return ScenarioException.at(file, p, "unknown field '" + u.getPropertyName() + "'; allowed"
          + (parent.isEmpty() ? "" : " in " + parent) + ": " + names(u.getKnownPropertyIds()));
    }
    if (e instanceof MismatchedInputException m) {
      return ScenarioException.at(file, p, "expected " + expected(m.getTargetType()) + ", got "
          + (at == null ? "a value of another type" : describe(at)));
    }
    return ScenarioException.at(file, p, oneLine(e.getOriginalMessage()));
  }

  /** Replaces a leading grid-set field by the grid entry it came from ({@code target} → {@code grid.target[1]}). */
  static String origin(String path, Map<String, String> origin) {
    for (Map.Entry<String, String> e : origin.entrySet()) {
      String k = e.getKey();
      if (path.equals(k) || path.startsWith(k + ".") || path.startsWith(k + "[")) {
        return e.getValue() + " (" + path + ")";
      }
    }
    return path;
  }

  private static String names(Collection<Object> ids) {
    TreeSet<String> s = new TreeSet<>();
    for (Object o : ids) {
      s.add(String.valueOf(o));
    }
    return String.join(", ", s);
  }

  private static String expected(Class<?> t) {
    if (t == null) {
      return "another type";
    }
    if (t == Double.class || t == double.class) {
      return "a number";
    }
    if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
      return "a whole number";
    }
    if (t == Boolean.class || t == boolean.class) {
      return "true or false";
    }
    if (t == String.class) {
      return "text";
    }
    if (List.class.isAssignableFrom(t)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(t) || t.isRecord()) {
      return "a mapping of fields";
    }
    return "a value of type " + t.getSimpleName();
  }

  /** A node as users wrote it, for messages ({@code text "abc"}, {@code a list [1,2]}). */
  static String describe(JsonNode n) {
    if (n.isTextual()) {
      return "text \"" + n.asText() + "\"";
    }
    if (n.isArray()) {
      return "a list " + abbreviate(n.toString());
    }
    if (n.isObject()) {
      return "a mapping " + abbreviate(n.toString());
    }
    if (n.isBoolean()) {
      return n.asText();
    }
    if (n.isNull()) {
      return "nothing (null)";
    }
    return n.toString();
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  static String oneLine(String m) {
    return m == null ? "invalid" : m.replaceAll("\\s*\\R\\s*", " ");
  }
}
