# The whole pipeline for PowerShell users: the same dotnet and npm commands the README and CI use.
#   ./build.ps1          restore, build, regenerate openapi.json and the client, build the client, test
#   ./build.ps1 bench    run the benchmark (Release)
param([string]$Target = "all")
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot

function Run([string]$exe, [string[]]$argv) {
    Write-Host "> $exe $($argv -join ' ')"
    & $exe @argv
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

if ($Target -eq "bench") {
    Run dotnet @("run", "--project", "bench", "-c", "Release")
    exit 0
}

Run dotnet @("restore")
Run dotnet @("build", "--no-restore", "-p:SkipClientBuild=true")
# openapi.json is regenerated from the live API by the drift test in update mode.
$env:ASNAPI_UPDATE_OPENAPI = "1"
Run dotnet @("test", "tests/AsnApi.IntegrationTests", "--no-build", "--filter", "OpenApiDrift")
Remove-Item Env:ASNAPI_UPDATE_OPENAPI
# Regenerate the TypeScript client from openapi.json and build the dashboard (MSBuild runs npm ci, NSwag and vite).
Run dotnet @("build", "api")
Push-Location client
Run npm @("run", "build")
Pop-Location
Run dotnet @("test")
