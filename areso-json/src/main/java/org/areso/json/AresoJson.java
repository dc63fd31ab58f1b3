package org.areso.json;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.SupportCase;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Fact;
import org.areso.core.ethics.Audit;
import org.areso.core.kernel.Language;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.planning.Plan;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of Areso's events, for a host that stores them, possibly for years, and of its
 * commands.
 *
 * <p>An event is written as one JSON object: its {@code type} (the event record's simple name, such
 * as {@code FacilitatorsAssigned}, stable across releases), its {@code schemaVersion}, the
 * {@code engagement}'s identifier, the {@code version} it produced, its {@code stamp} (who acted and
 * when, ISO-8601), then its data under the record components' names. Identifiers are written as
 * their canonical text, dates and date-times in ISO-8601, constants by their names, an
 * {@code Option} as {@code null} or its value, a {@code Seq} or {@code Set} as an array, a
 * {@code Map} as an object. Each type and version has a JSON Schema (draft 2020-12) in this jar, at
 * {@code org/areso/json/schema/<type>-v<version>.json}.
 *
 * <p>The events of the two small lifecycles, a workplace social service's {@link SupportCase}
 * and an association's {@link CohortApplication} to a call, are written the same way, the
 * {@code subject} (the host's reference of the case or application) in place of the engagement:
 * their {@code type} is the lifecycle's name, a dot and the event record's simple name, such as
 * {@code SupportCase.Referred} or {@code CohortApplication.Withdrawn}, so that none is an
 * engagement event's, and their schema is at {@code org/areso/json/schema/<type>-v<version>.json}
 * too. Each family is read by its own method: a document of another family is
 * {@link JsonError.UnknownType} there.
 *
 * <p>A command, which a host queues or receives over HTTP, is written the same way: its
 * {@code type} (the command record's simple name, such as {@code GiveConsent}; no command's name is
 * an event's), its {@code schemaVersion}, its {@code stamp}, then its data under the record
 * components' names, each value in the form the events give it. Its schema is at
 * {@code org/areso/json/schema/command/<type>-v<version>.json}. A {@link Plan} is written and read
 * under the type {@code Plan}, and a {@link Decision}, with its explanation tree, under the type
 * {@code Decision}: a fact it lists as missing is read back by its name, among the standard facts
 * and those the host declares with {@link Builder#declaredFact(Fact)}. A {@link Rejection} and a
 * charter's {@link Audit} are written only, for a host that shows them or keeps them.
 *
 * <p>A {@link org.areso.core.kernel.Sensitive} value (a facilitator's note, what was disclosed,
 * work done between sessions, a support case's topic) is written as the object
 * {@code {"redacted": true}} unless the host asks for it with
 * {@link Builder#revealingSensitive(boolean)}: a redacted value cannot be read back, and reading
 * one is the error {@link JsonError.Redacted}.
 *
 * <p>Reading never throws on what it reads: a text that is not JSON, too long or nested too deep,
 * of an unknown type, in a later schema version, with a field missing or invalid, gives a
 * {@link JsonError}. A document in an older schema version is first turned into the current one by
 * the {@link Upcaster}s registered on the {@link Builder}. A structure's fields are written
 * all, null when unknown; read, each may be left out (unknown, as a client's mapper that drops
 * nulls writes it), as may an origin's {@code referredBy}, and a canton is read by its code or
 * its name, as the structure's builder reads it ({@code "Zürich"}, {@code "ZH"}). The JSON
 * Schemas describe the documents as written; the reader accepts these more.
 *
 * <p>Strings in, strings out: no I/O. Immutable and thread-safe.
 */
public final class AresoJson {

  /** The longest text read by default, in characters: 512 KiB. */
  public static final int DEFAULT_MAX_LENGTH = 512 * 1024;

  /** The deepest nesting of arrays and objects read; an event is nested five levels at most. */
  private static final int MAX_DEPTH = 32;

  private final boolean revealing;
  private final int maxLength;
  private final Map<Tuple2<String, Integer>, Upcaster> upcasters;
  private final Map<String, Integer> currentVersions;
  private final Map<String, Fact<?>> facts;
  private final JsonMapper mapper;
  private final EventWriter writer;
  private final CommandWriter commandWriter;
  private final OutcomeWriter outcomeWriter;
  private final SubjectEventForm subjectEvents;

  private AresoJson(Builder builder) {
    this.revealing = builder.revealing;
    this.maxLength = builder.maxLength;
    this.upcasters = builder.upcasters;
    this.currentVersions = builder.currentVersions;
    this.facts = builder.facts;
    this.writer = new EventWriter(revealing);
    this.commandWriter = new CommandWriter(writer);
    this.outcomeWriter = new OutcomeWriter(writer);
    this.subjectEvents = new SubjectEventForm(writer);
    this.mapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(maxLength)
                .maxStringLength(maxLength)
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(32)
                .maxNameLength(256)
                .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * The JSON form with the defaults: sensitive values redacted, texts up to
   * {@link #DEFAULT_MAX_LENGTH} characters, no upcaster, the standard facts only.
   *
   * @return the JSON form, never null
   */
  public static AresoJson create() {
    return builder().build();
  }

  /**
   * A builder, with the defaults of {@link #create()}.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The stable name an event is written under, in its {@code type} field: the event record's simple
   * name, such as {@code ConsentGiven}. A host may store it in a column of its own.
   *
   * @param event the event, not null
   * @return the type's name, never null
   * @throws NullPointerException if event is null
   */
  public static String typeOf(EngagementEvent event) {
    return EventTypes.name(requireNonNull(event, "event"));
  }

  /**
   * The stable name a command is written under, in its {@code type} field: the command record's
   * simple name, such as {@code GiveConsent}. No command's name is an event's.
   *
   * @param command the command, not null
   * @return the type's name, never null
   * @throws NullPointerException if command is null
   */
  public static String typeOf(EngagementCommand command) {
    return CommandTypes.name(requireNonNull(command, "command"));
  }

  /**
   * The stable name a support case's event is written under, in its {@code type} field:
   * {@code SupportCase.}, then the event record's simple name, such as
   * {@code SupportCase.Referred}. No such name is an engagement event's or a command's.
   *
   * @param event the event, not null
   * @return the type's name, never null
   * @throws NullPointerException if event is null
   */
  public static String typeOf(SupportCase.Event event) {
    return SubjectEventTypes.SUPPORT_CASE.name(requireNonNull(event, "event"));
  }

  /**
   * The stable name an application's event is written under, in its {@code type} field:
   * {@code CohortApplication.}, then the event record's simple name, such as
   * {@code CohortApplication.Withdrawn} (an engagement's is {@code Withdrawn}). No such name is an
   * engagement event's or a command's.
   *
   * @param event the event, not null
   * @return the type's name, never null
   * @throws NullPointerException if event is null
   */
  public static String typeOf(CohortApplication.Event event) {
    return SubjectEventTypes.COHORT_APPLICATION.name(requireNonNull(event, "event"));
  }

  /**
   * The schema version this JSON form writes events, commands, plans, decisions, rejections or
   * audits of a type in, for a host that keeps the type and the version in columns of its own and
   * checks a stored row before reading it.
   *
   * @param type a type's name, as {@link #typeOf(EngagementEvent)},
   *     {@link #typeOf(SupportCase.Event)}, {@link #typeOf(CohortApplication.Event)} or
   *     {@link #typeOf(EngagementCommand)} gives it, or {@code Plan}, {@code Decision},
   *     {@code Rejection} or {@code Audit}; not null
   * @return the current schema version, or none for a type this form does not write; never null
   * @throws NullPointerException if type is null
   */
  public Option<Integer> currentSchemaVersion(String type) {
    requireNonNull(type, "type");
    return isKnown(type) ? Option.some(current(type)) : Option.none();
  }

  /** Whether this form writes documents of the type. */
  private static boolean isKnown(String type) {
    return isRead(type) || OutcomeWriter.REJECTION.equals(type)
        || OutcomeWriter.AUDIT.equals(type);
  }

  /** Whether this form reads documents of the type, and so upcasts them. */
  private static boolean isRead(String type) {
    return EventTypes.isKnown(type) || CommandTypes.isKnown(type) || PlanForm.TYPE.equals(type)
        || OutcomeWriter.DECISION.equals(type) || SubjectEventTypes.isAnyKnown(type);
  }

  private int current(String type) {
    return current(currentVersions, type);
  }

  private static int current(Map<String, Integer> versions, String type) {
    return versions.getOrElse(type, EventTypes.isKnown(type) ? EventTypes.CURRENT
        : CommandTypes.isKnown(type) ? CommandTypes.CURRENT
        : SubjectEventTypes.isAnyKnown(type) ? SubjectEventTypes.CURRENT
        : PlanForm.TYPE.equals(type) ? PlanForm.CURRENT
        : OutcomeWriter.DECISION.equals(type) ? OutcomeWriter.DECISION_CURRENT
        : OutcomeWriter.CURRENT);
  }

  /**
   * Whether this JSON form writes {@link org.areso.core.kernel.Sensitive} values as they are.
   *
   * @return true if it reveals them, false if it redacts them
   */
  public boolean isRevealingSensitive() {
    return revealing;
  }

  /**
   * Writes an event.
   *
   * @param event the event, not null
   * @return the JSON text, on one line, never null
   * @throws NullPointerException if event is null
   */
  public String write(EngagementEvent event) {
    requireNonNull(event, "event");
    return mapper.writeValueAsString(writer.write(event));
  }

  /**
   * Reads an event, turning an older schema version into the current one first.
   *
   * @param json a text written by {@link #write(EngagementEvent)}, possibly by an earlier version of
   *     Areso, with sensitive values revealed; not null
   * @return the event, or why it could not be read; never null
   * @throws NullPointerException if json is null
   */
  public Either<JsonError, EngagementEvent> readEvent(String json) {
    requireNonNull(json, "json");
    return parse(json).flatMap(this::decodeEvent);
  }

  /**
   * Writes a support case's event: under its type, such as {@code SupportCase.Referred}, its
   * {@code schemaVersion}, the case's reference as {@code subject}, its {@code version} and
   * {@code stamp}, then, for {@code Referred}, the {@code employee}'s identifier and the
   * {@code topic}'s name. The topic is confidential: unless this form reveals sensitive values it
   * is written {@code {"redacted": true}}, and such a document cannot be read back.
   *
   * @param event the event, not null
   * @return the JSON text, on one line, never null
   * @throws NullPointerException if event is null
   */
  public String write(SupportCase.Event event) {
    requireNonNull(event, "event");
    return mapper.writeValueAsString(subjectEvents.write(event));
  }

  /**
   * Reads a support case's event, turning an older schema version into the current one first.
   *
   * @param json a text written by {@link #write(SupportCase.Event)}, possibly by an earlier
   *     version of Areso, with the topic revealed; not null
   * @return the event, or why it could not be read (an engagement's or an application's event is
   *     {@link JsonError.UnknownType} here, a redacted topic {@link JsonError.Redacted}, a blank
   *     subject or a version below 1 {@link JsonError.FieldInvalid}); never null
   * @throws NullPointerException if json is null
   */
  public Either<JsonError, SupportCase.Event> readSupportCaseEvent(String json) {
    requireNonNull(json, "json");
    return parse(json).flatMap(this::decodeSupportCaseEvent);
  }

  /**
   * Writes an application's event: under its type, such as {@code CohortApplication.Applied},
   * its {@code schemaVersion}, the application's reference as {@code subject}, its
   * {@code version} and {@code stamp}, then, for {@code Applied}, the {@code call}'s reference.
   * It holds no sensitive value: it is written alike, revealing or not.
   *
   * @param event the event, not null
   * @return the JSON text, on one line, never null
   * @throws NullPointerException if event is null
   */
  public String write(CohortApplication.Event event) {
    requireNonNull(event, "event");
    return mapper.writeValueAsString(SubjectEventForm.write(event));
  }

  /**
   * Reads an application's event, turning an older schema version into the current one first.
   *
   * @param json a text written by {@link #write(CohortApplication.Event)}, possibly by an earlier
   *     version of Areso; not null
   * @return the event, or why it could not be read (an engagement's or a support case's event is
   *     {@link JsonError.UnknownType} here, a blank subject or call or a version below 1
   *     {@link JsonError.FieldInvalid}); never null
   * @throws NullPointerException if json is null
   */
  public Either<JsonError, CohortApplication.Event> readCohortApplicationEvent(String json) {
    requireNonNull(json, "json");
    return parse(json).flatMap(this::decodeCohortApplicationEvent);
  }

  /**
   * Writes a command, for a host that queues it or sends it to another process. Sensitive values
   * (a contribution's note, what was disclosed, work between sessions) are written as this form
   * says, revealed or redacted.
   *
   * @param command the command, not null
   * @return the JSON text, on one line, never null
   * @throws NullPointerException if command is null
   */
  public String write(EngagementCommand command) {
    requireNonNull(command, "command");
    return mapper.writeValueAsString(commandWriter.write(command));
  }

  /**
   * Reads a command, turning an older schema version into the current one first. A command of
   * {@code RecordSelection} holds the application as its reference, call, stage and version, and is
   * read back as the application those rebuild through its lifecycle.
   *
   * @param json a text written by {@link #write(EngagementCommand)}, possibly by an earlier version
   *     of Areso, with sensitive values revealed, or received from a client; not null
   * @return the command, or why it could not be read (an event's type is
   *     {@link JsonError.UnknownType} here); never null
   * @throws NullPointerException if json is null
   */
  public Either<JsonError, EngagementCommand> readCommand(String json) {
    requireNonNull(json, "json");
    return parse(json).flatMap(this::decodeCommand);
  }

  /**
   * Writes a plan: its format with every figure, its budget and its sessions in date order, each
   * with its date, length and status. A number of days is written as the object
   * {@code {"halfDays": n}}; a text as {@code {"fr": …, "en": …}}, with {@code "de"} and
   * {@code "it"} where translated. Its schema is at {@code org/areso/json/schema/Plan-v2.json}
   * (version 1, with no translation, is read as it is).
   *
   * @param plan the plan, not null
   * @return the JSON text, on one line, never null
   * @throws NullPointerException if plan is null
   */
  public String write(Plan plan) {
    requireNonNull(plan, "plan");
    return mapper.writeValueAsString(PlanForm.write(plan));
  }

  /**
   * Reads a plan, turning an older schema version into the current one first. The format is
   * checked as {@link org.areso.core.planning.Format.Builder#build()} checks it; the plan is not
   * checked against a request (a host does that with
   * {@link org.areso.core.planning.Planner#validate}).
   *
   * @param json a text written by {@link #write(Plan)}, possibly by an earlier version of Areso;
   *     not null
   * @return the plan, or why it could not be read; never null
   * @throws NullPointerException if json is null
   */
  public Either<JsonError, Plan> readPlan(String json) {
    requireNonNull(json, "json");
    return parse(json).flatMap(this::decodePlan);
  }

  /**
   * Writes an eligibility decision, as a host shows it or keeps it for an audit: under the type
   * {@code Decision}, its {@code policy}, its {@code verdict}, the {@code missing} facts (each its
   * {@code fact} name and its {@code question} as {@code {"fr": …, "en": …}}, with {@code "de"}
   * and {@code "it"} where translated, as every text), its {@code reasons} (each
   * its {@code code}, its {@code message} in the four languages, {@code {"fr": …, "en": …,
   * "de": …, "it": …}}, and its {@code data}:
   * the reason's components under their names) and its {@code explanation} tree (each node its
   * {@code rule}, {@code description} as every text, legal {@code reference} with its
   * citation or null, {@code verdict}, values {@code seen}, {@code note} and {@code children}).
   * A decision holds no sensitive value: it is written alike, revealing or not, and read back by
   * {@link #readDecision(String)}. Its schema is at {@code org/areso/json/schema/Decision-v2.json}
   * (version 1, with no translation, is read as it is).
   *
   * @param decision the decision, not null
   * @return the JSON text, on one line, never null
   * @throws NullPointerException if decision is null
   */
  public String write(Decision decision) {
    requireNonNull(decision, "decision");
    return mapper.writeValueAsString(outcomeWriter.decision(decision));
  }

  /**
   * Reads an eligibility decision a host kept, equal to the one written, turning an older schema
   * version into the current one first. Each missing fact is found by its name among the standard
   * facts ({@link Fact#STANDARD}) and those declared with
   * {@link Builder#declaredFact(Fact)}, as the very fact; each reason by its stable code, rebuilt
   * from its data; a reason's message, a fact's question and a reference's citation are given
   * again by the model, not read. Its legal references are checked as
   * {@link org.areso.core.kernel.LegalReference.Builder#build()} checks them.
   *
   * @param json a text written by {@link #write(Decision)}, possibly by an earlier version of
   *     Areso; not null
   * @return the decision, or why it could not be read (a fact this form does not know, or a
   *     reason's code no reason of this version has, is {@link JsonError.FieldInvalid} under its
   *     path); never null
   * @throws NullPointerException if json is null
   */
  public Either<JsonError, Decision> readDecision(String json) {
    requireNonNull(json, "json");
    return parse(json).flatMap(this::decodeDecision);
  }

  /**
   * Writes a command's rejection, as a host shows it: under the type {@code Rejection}, the
   * {@code language} asked, its {@code kind}, {@code code}, {@code message} in that language and
   * {@code data} (the rejection's components under their names: the stage, the command's type, the
   * commands accepted and the way there, or every unmet precondition with its guard, the party
   * that must act and its reason's code, message and data). A sensitive value in a reason's data is
   * written as this form says, revealed or redacted. Written only. Its schema is at
   * {@code org/areso/json/schema/Rejection-v2.json}.
   *
   * @param rejection the rejection, not null
   * @param language the language of its messages, not null
   * @return the JSON text, on one line, never null
   * @throws NullPointerException if an argument is null
   */
  public String write(Rejection rejection, Language language) {
    return write(rejection, requireNonNull(language, "language").locale());
  }

  /**
   * Writes a command's rejection in a locale's language, French, German, Italian or English, as
   * {@link #write(Rejection, Language)} writes it; its {@code language} is {@code FR}, {@code DE},
   * {@code IT} or {@code EN}.
   *
   * @param rejection the rejection, not null
   * @param locale the locale of its messages, not null
   * @return the JSON text, on one line, never null
   * @throws NullPointerException if an argument is null
   */
  public String write(Rejection rejection, Locale locale) {
    requireNonNull(rejection, "rejection");
    requireNonNull(locale, "locale");
    return mapper.writeValueAsString(outcomeWriter.rejection(rejection, locale));
  }

  /**
   * Writes a charter's audit, as a host shows it or keeps it: under the type {@code Audit}, the
   * {@code language} asked, the charter's {@code programme} and {@code charter} reference, whether
   * it is {@code clean}, and its {@code violations}, each its {@code principle}, {@code severity},
   * {@code code}, {@code message} in that language, the values {@code seen}, its reason's
   * {@code data}, the charter's {@code article} wording and reference. A sensitive value in a
   * reason's data is written as this form says, revealed or redacted. Written only. Its schema is
   * at {@code org/areso/json/schema/Audit-v2.json}.
   *
   * @param audit the audit, not null
   * @param language the language of its messages, not null
   * @return the JSON text, on one line, never null
   * @throws NullPointerException if an argument is null
   */
  public String write(Audit audit, Language language) {
    return write(audit, requireNonNull(language, "language").locale());
  }

  /**
   * Writes a charter's audit in a locale's language, French, German, Italian or English, as
   * {@link #write(Audit, Language)} writes it; its {@code language} is {@code FR}, {@code DE},
   * {@code IT} or {@code EN}.
   *
   * @param audit the audit, not null
   * @param locale the locale of its messages, not null
   * @return the JSON text, on one line, never null
   * @throws NullPointerException if an argument is null
   */
  public String write(Audit audit, Locale locale) {
    requireNonNull(audit, "audit");
    requireNonNull(locale, "locale");
    return mapper.writeValueAsString(outcomeWriter.audit(audit, locale));
  }

  private Either<JsonError, Plan> decodePlan(JsonNode tree) {
    return decode(tree, PlanForm.TYPE::equals, PlanForm::read);
  }

  private Either<JsonError, Decision> decodeDecision(JsonNode tree) {
    return decode(tree, OutcomeWriter.DECISION::equals,
        (type, root) -> DecisionReader.read(root, facts));
  }

  private Either<JsonError, JsonNode> parse(String json) {
    if (json.length() > maxLength) {
      return Either.left(new JsonError.TooLarge("document length"));
    }
    try {
      return Either.right(mapper.readTree(json));
    } catch (StreamConstraintsException tooLarge) {
      return Either.left(new JsonError.TooLarge(limit(tooLarge)));
    } catch (JacksonException unreadable) {
      return Either.left(new JsonError.Malformed(detail(unreadable)));
    }
  }

  private Either<JsonError, EngagementEvent> decodeEvent(JsonNode tree) {
    return decode(tree, EventTypes::isKnown, EventReader::read);
  }

  private Either<JsonError, SupportCase.Event> decodeSupportCaseEvent(JsonNode tree) {
    return decode(tree, SubjectEventTypes.SUPPORT_CASE::isKnown,
        SubjectEventForm::readSupportCase);
  }

  private Either<JsonError, CohortApplication.Event> decodeCohortApplicationEvent(
      JsonNode tree) {
    return decode(tree, SubjectEventTypes.COHORT_APPLICATION::isKnown,
        SubjectEventForm::readCohortApplication);
  }

  private Either<JsonError, EngagementCommand> decodeCommand(JsonNode tree) {
    return decode(tree, CommandTypes::isKnown, CommandReader::read);
  }

  private <T> Either<JsonError, T> decode(JsonNode tree, Predicate<String> known,
      BiFunction<String, Field, T> reader) {
    try {
      Field root = Field.root(tree);
      String type = root.text("type");
      if (!known.test(type)) {
        return Either.left(new JsonError.UnknownType(type));
      }
      int version = root.intValue("schemaVersion");
      int current = current(type);
      if (version > current) {
        return Either.left(new JsonError.FutureSchemaVersion(type, version, current));
      }
      if (version < 1) {
        return Either.left(new JsonError.FieldInvalid("schemaVersion",
            io.vavr.collection.List.empty()));
      }
      ObjectNode document = (ObjectNode) tree;
      for (int from = version; from < current; from++) {
        Upcaster upcaster = upcasters.get(Tuple.of(type, from)).getOrNull();
        if (upcaster == null) {
          upcaster = readAsItIs(type, from);
        }
        if (upcaster == null) {
          return Either.left(new JsonError.NoUpcaster(type, from));
        }
        document = requireNonNull(upcaster.upcast(document), "upcast");
        document.put("schemaVersion", from + 1);
      }
      return Either.right(reader.apply(type, Field.root(document)));
    } catch (Unreadable unreadable) {
      return Either.left(unreadable.error());
    }
  }

  /**
   * The upcaster of a version this form reads as it is, or null: version 1 of a decision and of a
   * plan is a version 2 document with no translated text (version 2 only added {@code "de"} and
   * {@code "it"} to a text).
   */
  private static Upcaster readAsItIs(String type, int from) {
    boolean textOnly = from == 1 && (OutcomeWriter.DECISION.equals(type)
        || PlanForm.TYPE.equals(type));
    return textOnly ? new AsItIs(type, from) : null;
  }

  /** An upcaster that leaves a document as it is: its version only changes. */
  private record AsItIs(String type, int fromVersion) implements Upcaster {
    @Override
    public ObjectNode upcast(ObjectNode document) {
      return document;
    }
  }

  private static String limit(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "nesting depth";
    } else if (message.contains("String value length")) {
      return "string length";
    } else if (message.contains("Number value length")) {
      return "number length";
    } else if (message.contains("Name length") || message.contains("Name value length")) {
      return "name length";
    } else if (message.contains("Token count")) {
      return "token count";
    }
    return "document length";
  }

  private static String detail(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof UnexpectedEndOfInputException) {
      return "truncated";
    } else if (message.contains("Duplicate")) {
      return "duplicate key";
    } else if (message.contains("Trailing token")) {
      return "trailing data";
    }
    return "not JSON";
  }

  /**
   * A Jackson 3 module for a host that has its own {@link JsonMapper}: it writes and reads
   * {@link EngagementEvent}s, {@link SupportCase.Event}s, {@link CohortApplication.Event}s,
   * {@link EngagementCommand}s, each of their records, {@link Plan}s and {@link Decision}s, in
   * the form and with the settings of this
   * {@code AresoJson}. Register it with {@code JsonMapper.builder().addModule(json.module())}.
   *
   * <p>Through a mapper, an unreadable document is Jackson's {@code DatabindException},
   * whose message is the {@link JsonError}'s code and English message; the mapper's own stream
   * limits apply rather than this object's.
   *
   * @return the module, never null
   */
  public JacksonModule module() {
    SimpleModule module = new SimpleModule("areso-json");
    module.addSerializer(EngagementEvent.class, new ValueSerializer<EngagementEvent>() {
      @Override
      public void serialize(EngagementEvent event, JsonGenerator generator,
          SerializationContext context) {
        generator.writeTree(writer.write(event));
      }
    });
    module.addSerializer(SupportCase.Event.class, new ValueSerializer<SupportCase.Event>() {
      @Override
      public void serialize(SupportCase.Event event, JsonGenerator generator,
          SerializationContext context) {
        generator.writeTree(subjectEvents.write(event));
      }
    });
    module.addSerializer(CohortApplication.Event.class,
        new ValueSerializer<CohortApplication.Event>() {
          @Override
          public void serialize(CohortApplication.Event event, JsonGenerator generator,
              SerializationContext context) {
            generator.writeTree(SubjectEventForm.write(event));
          }
        });
    module.addSerializer(EngagementCommand.class, new ValueSerializer<EngagementCommand>() {
      @Override
      public void serialize(EngagementCommand command, JsonGenerator generator,
          SerializationContext context) {
        generator.writeTree(commandWriter.write(command));
      }
    });
    module.addSerializer(Plan.class, new ValueSerializer<Plan>() {
      @Override
      public void serialize(Plan plan, JsonGenerator generator, SerializationContext context) {
        generator.writeTree(PlanForm.write(plan));
      }
    });
    module.addDeserializer(Plan.class, deserializer(Plan.class, this::decodePlan));
    module.addSerializer(Decision.class, new ValueSerializer<Decision>() {
      @Override
      public void serialize(Decision decision, JsonGenerator generator,
          SerializationContext context) {
        generator.writeTree(outcomeWriter.decision(decision));
      }
    });
    module.addDeserializer(Decision.class, deserializer(Decision.class, this::decodeDecision));
    module.addDeserializer(EngagementEvent.class,
        deserializer(EngagementEvent.class, this::decodeEvent));
    EventTypes.classes().forEach(type -> addDeserializer(module, type, this::decodeEvent));
    module.addDeserializer(SupportCase.Event.class,
        deserializer(SupportCase.Event.class, this::decodeSupportCaseEvent));
    SubjectEventTypes.SUPPORT_CASE.classes()
        .forEach(type -> addDeserializer(module, type, this::decodeSupportCaseEvent));
    module.addDeserializer(CohortApplication.Event.class,
        deserializer(CohortApplication.Event.class, this::decodeCohortApplicationEvent));
    SubjectEventTypes.COHORT_APPLICATION.classes()
        .forEach(type -> addDeserializer(module, type, this::decodeCohortApplicationEvent));
    module.addDeserializer(EngagementCommand.class,
        deserializer(EngagementCommand.class, this::decodeCommand));
    CommandTypes.classes().forEach(type -> addDeserializer(module, type, this::decodeCommand));
    return module;
  }

  private static <S, T extends S> void addDeserializer(SimpleModule module, Class<T> type,
      java.util.function.Function<JsonNode, Either<JsonError, S>> decode) {
    module.addDeserializer(type, deserializer(type, decode));
  }

  private static <S, T extends S> ValueDeserializer<T> deserializer(Class<T> type,
      java.util.function.Function<JsonNode, Either<JsonError, S>> decode) {
    return new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        Either<JsonError, S> value = decode.apply(context.readTree(parser));
        if (value.isLeft()) {
          return context.reportInputMismatch(type, "%s: %s", value.getLeft().code(),
              value.getLeft().message(org.areso.core.kernel.Language.EN));
        }
        if (!type.isInstance(value.get())) {
          return context.reportInputMismatch(type, "%s: not a %s", "JSON_FIELD_INVALID",
              type.getSimpleName());
        }
        return type.cast(value.get());
      }
    };
  }

  /**
   * Builds an {@link AresoJson}. Not thread-safe; the object it builds is.
   */
  public static final class Builder {

    private boolean revealing;
    private int maxLength = DEFAULT_MAX_LENGTH;
    private Map<Tuple2<String, Integer>, Upcaster> upcasters = HashMap.empty();
    private Map<String, Integer> currentVersions = HashMap.empty();
    private Map<String, Fact<?>> facts = LinkedHashMap.empty();

    private Builder() {
      Fact.STANDARD.forEach(this::declaredFact);
    }

    /**
     * Whether {@link org.areso.core.kernel.Sensitive} values are written as they are; by default
     * they are redacted. Reveal them only where the text goes to a store the host protects.
     *
     * @param reveal true to write them as they are, false to redact them
     * @return this builder
     */
    public Builder revealingSensitive(boolean reveal) {
      this.revealing = reveal;
      return this;
    }

    /**
     * The longest text read, in characters; a longer text, or a longer string inside it, is the
     * error {@link JsonError.TooLarge}. {@link #DEFAULT_MAX_LENGTH} by default.
     *
     * @param characters the length, 1 or more
     * @return this builder
     * @throws IllegalArgumentException if characters is less than 1
     */
    public Builder maxLength(int characters) {
      if (characters < 1) {
        throw new IllegalArgumentException("maxLength must be 1 or more: " + characters);
      }
      this.maxLength = characters;
      return this;
    }

    /**
     * Registers an upcaster: {@link AresoJson#readEvent(String)},
     * {@link AresoJson#readSupportCaseEvent(String)},
     * {@link AresoJson#readCohortApplicationEvent(String)},
     * {@link AresoJson#readCommand(String)}, {@link AresoJson#readPlan(String)} or
     * {@link AresoJson#readDecision(String)} uses it to turn a document of its type from its
     * version into the next.
     *
     * @param upcaster the upcaster, not null
     * @return this builder
     * @throws NullPointerException if upcaster or its type is null
     * @throws IllegalArgumentException if its type is unknown or written only (a rejection, an
     *     audit), its version is not older than its type's current version, or another upcaster is
     *     registered for the same type and version
     */
    public Builder upcaster(Upcaster upcaster) {
      requireNonNull(upcaster, "upcaster");
      String type = requireNonNull(upcaster.type(), "type");
      Tuple2<String, Integer> key = Tuple.of(type, upcaster.fromVersion());
      if (!isRead(type)) {
        throw new IllegalArgumentException((isKnown(type) ? "a type written only: "
            : "unknown type: ") + type);
      }
      if (upcasters.containsKey(key)) {
        throw new IllegalArgumentException("two upcasters from " + type + " v" + key._2);
      }
      upcasters = upcasters.put(key, upcaster);
      return this;
    }

    /**
     * Makes known a fact a rule author declared with {@link Fact#of}, such as a programme's own
     * criterion, so that {@link AresoJson#readDecision(String)} reads a decision that lists it as
     * missing: a missing fact is read back by its name, as the very fact declared (facts are
     * compared by identity). The standard facts ({@link Fact#STANDARD}) are known without it.
     *
     * @param fact the fact, declared once as a constant, not null
     * @return this builder
     * @throws NullPointerException if fact is null
     * @throws IllegalArgumentException if another fact of the same name is known: a standard fact
     *     or one declared before
     */
    public Builder declaredFact(Fact<?> fact) {
      requireNonNull(fact, "fact");
      Option<Fact<?>> known = facts.get(fact.name());
      if (known.isDefined() && known.get() != fact) {
        throw new IllegalArgumentException("two facts named " + fact.name());
      }
      facts = facts.put(fact.name(), fact);
      return this;
    }

    /** Pretends that a type is in a later version, so that tests can run an upcaster chain. */
    Builder currentVersion(String type, int version) {
      currentVersions = currentVersions.put(type, version);
      return this;
    }

    /**
     * The JSON form.
     *
     * @return the JSON form, never null
     * @throws IllegalArgumentException if an upcaster's version is not older than its type's
     *     current version
     */
    public AresoJson build() {
      upcasters.keySet().forEach(key -> {
        int current = current(currentVersions, key._1);
        if (key._2 < 1 || key._2 >= current) {
          throw new IllegalArgumentException("an upcaster from " + key._1 + " v" + key._2
              + " where the current version is " + current);
        }
      });
      return new AresoJson(this);
    }
  }
}
