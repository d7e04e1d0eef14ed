using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using AsnApi.Infrastructure.Database;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AsnApi.IntegrationTests.SqlServer;

/// <summary>One SQL text the API can send, or the reason it could not be rendered (which fails its test).</summary>
public sealed record SqlStatement(string Name, string? Sql, string? Problem = null);

/// <summary>One batch of a SQL Server migration script, as DbUp sends it (scripts are split on lines that are exactly GO).</summary>
public sealed record MigrationBatch(string Name, string Script, int Batch, string Sql);

/// <summary>
/// Everything these tests read from the API assembly: the [Sql] members rendered for SQL Server,
/// the embedded migration scripts, and the T-SQL parser.
/// </summary>
public static partial class SqlCatalog
{
    public static Assembly Api => typeof(Program).Assembly;

    private static readonly Lazy<IReadOnlyDictionary<string, SqlStatement>> _statements = new(() => Discover(SqlServerDialect.Instance));
    private static readonly Lazy<IReadOnlyDictionary<string, SqlStatement>> _sqliteStatements = new(() => Discover(SqliteDialect.Instance));

    /// <summary>Every [Sql] statement rendered for SQL Server, keyed by Type.Member (#n for a member yielding several).</summary>
    public static IReadOnlyDictionary<string, SqlStatement> Statements => _statements.Value;

    /// <summary>The same statements rendered for SQLite.</summary>
    public static IReadOnlyDictionary<string, SqlStatement> SqliteStatements => _sqliteStatements.Value;

    public static string NameOf(Type type) => (type.FullName ?? type.Name).Replace('+', '.') is var n && n.StartsWith("AsnApi.", StringComparison.Ordinal) ? n["AsnApi.".Length..] : n;

    private static IEnumerable<Type> AllTypes()
    {
        try { return Api.GetTypes(); }
        catch (ReflectionTypeLoadException e) { return e.Types.OfType<Type>(); }
    }

    private static IReadOnlyDictionary<string, SqlStatement> Discover(ISqlDialect dialect)
    {
        const BindingFlags flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var found = new List<SqlStatement>();
        foreach (var type in AllTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            foreach (var member in type.GetMembers(flags).Where(m => m.IsDefined(typeof(SqlAttribute), inherit: false)).OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                var name = $"{NameOf(type)}.{member.Name}";
                try
                {
                    found.AddRange(Render(type, member, name, dialect));
                }
                catch (Exception e)
                {
                    var inner = e is TargetInvocationException { InnerException: { } i } ? i : e;
                    found.Add(new(name, null, $"could not be rendered: {inner.GetType().Name}: {inner.Message}"));
                }
            }
        }
        var byName = new Dictionary<string, SqlStatement>(StringComparer.Ordinal);
        foreach (var s in found)
            if (!byName.TryAdd(s.Name, s)) byName[s.Name] = s with { Problem = "two [Sql] members render under the same name" };
        return byName;
    }

    private static IEnumerable<SqlStatement> Render(Type type, MemberInfo member, string name, ISqlDialect dialect)
    {
        object? value;
        switch (member)
        {
            case FieldInfo { IsLiteral: true } constant:
                value = constant.GetRawConstantValue();
                break;
            case FieldInfo field when !type.ContainsGenericParameters:
                value = field.GetValue(null);
                break;
            case PropertyInfo { GetMethod: not null } property when property.GetIndexParameters().Length == 0 && !type.ContainsGenericParameters:
                value = property.GetValue(null);
                break;
            case MethodInfo method when !type.ContainsGenericParameters && !method.ContainsGenericParameters:
                var args = method.GetParameters() switch
                {
                    [] => [],
                    [{ ParameterType: var p }] when p == typeof(ISqlDialect) => new object?[] { dialect },
                    _ => throw new InvalidOperationException("an [Sql] method must take nothing or one ISqlDialect"),
                };
                value = method.Invoke(null, args);
                break;
            default:
                throw new InvalidOperationException(type.ContainsGenericParameters
                    ? "only constants can be read from a generic type; make it a const or move it to a non-generic type"
                    : "an [Sql] member must be a static field, property or method");
        }

        switch (value)
        {
            case string s:
                yield return new(name, s);
                break;
            case IEnumerable many:
                var i = 0;
                foreach (var item in many)
                {
                    yield return item is string s ? new($"{name}#{i}", s) : new($"{name}#{i}", null, $"yielded a {item?.GetType().Name ?? "null"}, not a string");
                    i++;
                }
                if (i == 0) yield return new(name, null, "yielded no statement");
                break;
            default:
                yield return new(name, null, $"returned {value?.GetType().Name ?? "null"}, not a string or IEnumerable<string>");
                break;
        }
    }

    // ---- Migration scripts ----

    public static IReadOnlyList<string> MigrationScripts(DatabaseProvider provider) =>
        Api.GetManifestResourceNames().Where(n => n.StartsWith(Migrator.ScriptPrefix(provider), StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    public static string ReadScript(string resource)
    {
        using var stream = Api.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"no resource {resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();

    private static readonly Lazy<IReadOnlyList<MigrationBatch>> _batches = new(() =>
    [
        .. MigrationScripts(DatabaseProvider.SqlServer).SelectMany(resource =>
        {
            var script = resource[Migrator.ScriptPrefix(DatabaseProvider.SqlServer).Length..];
            return GoLine().Split(ReadScript(resource)).Where(b => !string.IsNullOrWhiteSpace(b)).Select((b, i) => new MigrationBatch($"{script}#batch{i + 1}", script, i + 1, b));
        }),
    ]);

    /// <summary>Every batch of every SQL Server migration script, in the order DbUp runs them.</summary>
    public static IReadOnlyList<MigrationBatch> SqlServerBatches => _batches.Value;

    // ---- Parsing ----

    public static TSqlFragment Parse(string sql, out IList<ParseError> errors) =>
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out errors);

    public static string Describe(IEnumerable<ParseError> errors) =>
        string.Join("\n", errors.Select(e => $"  line {e.Line}, col {e.Column}: {e.Message} (error {e.Number})"));

    /// <summary>The fragment's own text, whitespace and comments removed, upper-cased: for comparing expressions.</summary>
    public static string Normalized(TSqlFragment f)
    {
        if (f.ScriptTokenStream is null || f.FirstTokenIndex < 0) return "";
        var parts = new List<string>();
        for (var i = f.FirstTokenIndex; i <= f.LastTokenIndex; i++)
        {
            var t = f.ScriptTokenStream[i];
            if (t.TokenType is TSqlTokenType.WhiteSpace or TSqlTokenType.SingleLineComment or TSqlTokenType.MultilineComment) continue;
            parts.Add(t.Text);
        }
        return string.Concat(parts).ToUpperInvariant();
    }
}
