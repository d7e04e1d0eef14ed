using System.Runtime.CompilerServices;
using System.Text;

namespace AsnApi.IntegrationTests;

/// <summary>
/// ExcelDataReader asks for code page 1252 even for an XLSX, and the API registers the code pages only when it first
/// reads a CSV: registered once for the whole test assembly, so a test that reads an export back passes run on its own.
/// </summary>
internal static class CodePages
{
    [ModuleInitializer]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
