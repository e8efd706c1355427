# Windows: builds Jingdu's installer with jlink + jpackage.
#   target\installer\Jingdu\            app image (Jingdu.exe = the window, JingduCli.exe = console commands)
#   target\installer\Jingdu-<ver>.msi   (or .exe with -Type exe)
# Run on Windows 10/11 x64 in PowerShell:  powershell -ExecutionPolicy Bypass -File installer\build.ps1 [-Type msi|exe] [-PerUser]
# Needs: a JDK 17+ with jmods (e.g. Temurin 17; JAVA_HOME set), Maven, and WiX Toolset 3.x (candle.exe,
# light.exe on PATH), which jpackage 17 uses for .msi and .exe.
# The jar MUST be built here: Maven's JavaFX dependency picks the natives of the build machine, so a
# jar built on Linux has no Windows natives.
param(
    [ValidateSet('msi', 'exe')] [string] $Type = 'msi',
    # install under %LOCALAPPDATA% without administrator rights (office PCs often have none)
    [switch] $PerUser
)
$ErrorActionPreference = 'Stop'
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked {
    param([string] $Exe, [string[]] $Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

$jdk = if ($env:JAVA_HOME) { $env:JAVA_HOME } else { Split-Path -Parent (Split-Path -Parent (Get-Command jpackage).Source) }
$jpackage = Join-Path $jdk 'bin\jpackage.exe'
$jlink = Join-Path $jdk 'bin\jlink.exe'
$jmods = Join-Path $jdk 'jmods'
if (-not (Test-Path (Join-Path $jmods 'java.base.jmod'))) { throw "no jmods in ${jmods}: use a full JDK (e.g. Temurin 17)" }
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) { throw 'WiX Toolset 3.x is not on PATH (candle.exe, light.exe)' }

# always rebuild: a jar from another OS would carry the wrong JavaFX natives
Write-Host 'maven: building target\jingdu.jar'
Invoke-Checked 'mvn' @('-q', '-B', '-DskipTests', 'package')

[xml] $pom = Get-Content -Raw -Encoding UTF8 pom.xml
$version = if ($env:JINGDU_APP_VERSION) { $env:JINGDU_APP_VERSION } else { $pom.project.version }

$out = 'target\installer'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null
Copy-Item target\jingdu.jar "$out\input\jingdu.jar"

# the installer's jar keeps only the Windows x64 sqlite native (the others weigh 13 MB)
Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::Open((Resolve-Path "$out\input\jingdu.jar"), 'Update')
try {
    $drop = @($zip.Entries | Where-Object { $_.FullName -like 'org/sqlite/native/*' -and $_.FullName -notlike 'org/sqlite/native/Windows/x86_64/*' -and $_.Name })
    foreach ($e in $drop) { $e.Delete() }
} finally { $zip.Dispose() }

# the same JDK modules as on Linux (installer/common.sh); JavaFX travels in the jar
$modules = 'java.base,java.compiler,java.desktop,java.prefs,java.sql,java.logging,java.naming,java.xml,jdk.jfr,jdk.unsupported,jdk.localedata'
Write-Host "jlink: $modules"
Invoke-Checked $jlink @('--module-path', $jmods, '--add-modules', $modules, '--include-locales=zh,en',
    '--strip-debug', '--no-header-files', '--no-man-pages', '--compress=2', '--generate-cds-archive', '--output', "$out\runtime")

$common = @('--name', 'Jingdu', '--app-version', $version, '--vendor', 'Jingdu',
    '--description', 'Jingdu - reader and annotator for work-safety speeches', '--copyright', 'Jingdu',
    '--input', "$out\input", '--main-jar', 'jingdu.jar', '--main-class', 'jingdu.Main',
    '--runtime-image', "$out\runtime", '--icon', 'resources\icons\jingdu.ico',
    '--java-options', '-Dfile.encoding=UTF-8',
    '--add-launcher', 'JingduCli=installer\windows\console-launcher.properties')
# the app's own JVM options, one per line in resources\jvm\app.options (shared with Linux, macOS and the pom)
$appOptions = @(Get-Content 'resources\jvm\app.options' | ForEach-Object { ($_ -replace '#.*', '').Trim() } |
    Where-Object { $_ } | ForEach-Object { '--java-options'; $_ })
if ($appOptions.Count -gt 0) { $common += $appOptions }

Write-Host 'jpackage: app image'
Invoke-Checked $jpackage (@('--type', 'app-image', '--dest', $out) + $common)

# the installer check: the image's own runtime analyses the sample and opens a database
$tmp = Join-Path ([System.IO.Path]::GetTempPath()) ("jingdu-check-" + [guid]::NewGuid())
New-Item -ItemType Directory $tmp | Out-Null
Invoke-Checked "$out\Jingdu\JingduCli.exe" @('--self-check', '--db', "$tmp\jingdu.db")
Remove-Item -Recurse -Force $tmp

# The upgrade UUID ties every version together: a newer installer replaces the older one in place.
# Never change it. User data is in %APPDATA%\Jingdu, which neither upgrade nor uninstall touches.
# Names and descriptions stay ASCII: WiX writes them in the build machine's code page, and a Chinese
# string fails on an English Windows (1252); the app itself is Chinese either way.
$installer = @('--type', $Type, '--dest', $out,
    '--win-upgrade-uuid', '5d0c9a36-8f2e-4b8e-9a57-3c1f2e6b7d41',
    '--win-menu', '--win-menu-group', 'Jingdu', '--win-shortcut', '--win-dir-chooser',
    '--file-associations', 'installer\windows\txt.properties',
    '--file-associations', 'installer\windows\docx.properties')
if ($PerUser) { $installer += '--win-per-user-install' }
Write-Host "jpackage: $Type"
Invoke-Checked $jpackage ($installer + $common)

Remove-Item -Recurse -Force "$out\input", "$out\runtime"
Get-ChildItem $out -File | Format-Table Name, @{ n = 'MB'; e = { [math]::Round($_.Length / 1MB, 1) } }
