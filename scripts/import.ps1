# Imports one file into AsnApi: a dry run first, its report printed, and the real import only when no row is rejected
# (or with -Mode valid-only, which writes the valid rows and lists the rest). A large file becomes a background job
# (202 + Location): the script follows it to its end. The same steps as scripts/import.sh.
#
#   $env:ASNAPI_KEY = "asn_…"; [$env:ASNAPI_URL = "http://localhost:5080"]
#   ./scripts/import.ps1 -Kind employees -File pegawai.csv [-Mode atomic|valid-only] [-Sheet NAME] [-DryRunOnly]
#
# Exit codes: 0 done, 1 usage or a refused request, 2 rows rejected. PowerShell 7 or later.
param(
    [Parameter(Mandatory)][ValidateSet("employees", "units", "positions", "position-standards", "assessments", "training-records", "survey-responses")][string]$Kind,
    [Parameter(Mandatory)][string]$File,
    [ValidateSet("atomic", "valid-only")][string]$Mode = "atomic",
    [string]$Sheet = "",
    [switch]$DryRunOnly
)
$ErrorActionPreference = "Stop"
if (-not $env:ASNAPI_KEY) { Write-Error "Set ASNAPI_KEY to an API key with the import scope"; exit 1 }
if (-not (Test-Path $File -PathType Leaf)) { Write-Error "No such file: $File"; exit 1 }
$base = ($env:ASNAPI_URL ?? "http://localhost:5080").TrimEnd("/")
$type = switch -Regex ($File.ToLowerInvariant()) {
    "\.xlsx$" { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }
    "\.json$" { "application/json" }
    default { "text/csv" }
}
$auth = @{ Authorization = "ApiKey $($env:ASNAPI_KEY)"; Accept = "application/json" }

function Send-File([bool]$dryRun) {
    $url = "$base/api/v1/imports/$Kind`?mode=$Mode&dryRun=$($dryRun.ToString().ToLowerInvariant())"
    if ($Sheet) { $url += "&sheet=$([uri]::EscapeDataString($Sheet))" }
    # One key per request: a retried request replays the first answer instead of importing twice.
    $headers = $auth + @{ "Idempotency-Key" = [guid]::NewGuid().ToString() }
    $r = Invoke-WebRequest -Method Post -Uri $url -Headers $headers -ContentType $type -InFile $File -SkipHttpErrorCheck
    $body = $r.Content | ConvertFrom-Json
    switch ($r.StatusCode) {
        200 { return $body }
        202 { return Wait-Job ($r.Headers.Location | Select-Object -First 1) }
        default {
            Write-Host "Refused ($($r.StatusCode)): $($body.title) $($body.detail)"
            if ($body.errors) { $body.errors.PSObject.Properties | ForEach-Object { Write-Host "  $($_.Name): $($_.Value -join '; ')" } }
            if ($body.report) { Show-Report $body.report; exit 2 }
            exit 1
        }
    }
}

function Wait-Job([string]$location) {
    if ($location -notmatch "^http") { $location = "$base$location" }
    while ($true) {
        $job = Invoke-RestMethod -Uri $location -Headers $auth
        Write-Progress -Activity "Import job" -Status $job.status -PercentComplete ([math]::Min(100, 100 * $job.rowsProcessed / [math]::Max(1, $job.rowsTotal)))
        if ($job.status -in "Succeeded", "Failed") { break }
        Start-Sleep -Seconds 2
    }
    Write-Progress -Activity "Import job" -Completed
    if (-not $job.report) { Write-Host "The job failed: $($job.error)"; exit 1 }
    return $job.report
}

function Show-Report($report) {
    Write-Host "  rows $($report.rows): inserted $($report.inserted), updated $($report.updated), unchanged $($report.unchanged), rejected $($report.rejected)"
    if ($report.errors.Count -gt 0) { $report.errors | Format-Table row, column, message -AutoSize -Wrap | Out-String | Write-Host }
}

Write-Host "Dry run: $Kind from $File (mode $Mode)"
$dry = Send-File $true
Show-Report $dry
if ($dry.rejected -ne 0 -and $Mode -eq "atomic") { Write-Host "$($dry.rejected) rows rejected: nothing imported. Fix them, or run with -Mode valid-only."; exit 2 }
if ($DryRunOnly) { exit ([int]($dry.rejected -ne 0) * 2) }

Write-Host "Import: $Kind from $File (mode $Mode)"
$done = Send-File $false
Show-Report $done
if (-not $done.written) { Write-Host "Nothing was written."; exit 2 }
if ($done.rejected -ne 0) { Write-Host "Imported, but $($done.rejected) rows were rejected (listed above)."; exit 2 }
Write-Host "Done."
