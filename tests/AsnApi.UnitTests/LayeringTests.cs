using System.Reflection;
using System.Text.RegularExpressions;

namespace AsnApi.UnitTests;

/// <summary>Infrastructure is the plumbing every area uses; it must not know any area, or areas cannot be added and removed freely.</summary>
public partial class LayeringTests
{
    private static readonly Assembly Api = typeof(AsnApi.Infrastructure.Database.Db).Assembly;

    [Fact]
    public void No_infrastructure_type_names_a_feature_type_in_its_signatures()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var offenders = new List<string>();
        foreach (var type in Api.GetTypes().Where(t => t.Namespace?.StartsWith("AsnApi.Infrastructure", StringComparison.Ordinal) == true))
        {
            var used = new List<Type>();
            if (type.BaseType is { } b) used.Add(b);
            used.AddRange(type.GetInterfaces());
            used.AddRange(type.GetFields(all).Select(f => f.FieldType));
            used.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
            foreach (var m in type.GetMethods(all))
            {
                used.Add(m.ReturnType);
                used.AddRange(m.GetParameters().Select(p => p.ParameterType));
                if (m.GetMethodBody() is { } body) used.AddRange(body.LocalVariables.Select(l => l.LocalType));
            }
            used.AddRange(type.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType));
            foreach (var u in used.SelectMany(Expand).Where(IsFeature).Distinct())
                offenders.Add($"{type.FullName} uses {u.FullName}");
        }
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void No_infrastructure_source_file_mentions_a_feature_namespace()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AsnApi.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var files = Directory.GetFiles(Path.Combine(dir.FullName, "api", "Infrastructure"), "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        var offenders = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => FeatureReference().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(dir.FullName, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    private static bool IsFeature(Type t) => t.Namespace?.StartsWith("AsnApi.Features", StringComparison.Ordinal) == true;

    private static IEnumerable<Type> Expand(Type t)
    {
        yield return t;
        if (t.HasElementType) foreach (var e in Expand(t.GetElementType()!)) yield return e;
        if (t.IsGenericType) foreach (var a in t.GetGenericArguments().SelectMany(Expand)) yield return a;
    }

    // "AsnApi.Features" anywhere, or a "Features.X" that is not a member access such as http.Features.Get.
    [GeneratedRegex(@"AsnApi\.Features|(?<![\w.])Features\.[A-Z]")]
    private static partial Regex FeatureReference();
}
