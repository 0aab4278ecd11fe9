; Inno Setup script: VillageDesk installer for Windows 10/11 (Chinese wizard).
; Build the bundle first on Windows (python packaging\build.py), then compile this file with
; Inno Setup 6 (iscc packaging\windows\villagedesk.iss). See packaging\README.md.

#define AppName "村务台账 VillageDesk"
#define AppVersion "0.1.0"
#define Root ".."

[Setup]
AppId={{5E3A4C2B-7D0F-4C7E-9B1A-6F2D8A9C3E11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=VillageDesk
DefaultDirName={autopf}\VillageDesk
DefaultGroupName=村务台账
UninstallDisplayIcon={app}\villagedesk.exe
SetupIconFile={#Root}\..\resources\icons\villagedesk.ico
OutputDir={#Root}\..\dist
OutputBaseFilename=VillageDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
; ChineseSimplified.isl is Inno Setup's contributed Simplified Chinese translation; put it next to
; this script (see packaging\README.md). English stays available as a fallback.
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\..\dist\villagedesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\村务台账"; Filename: "{app}\villagedesk.exe"
Name: "{group}\卸载村务台账"; Filename: "{uninstallexe}"
Name: "{autodesktop}\村务台账"; Filename: "{app}\villagedesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\villagedesk.exe"; Description: "{cm:LaunchProgram,村务台账}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only the program folder. Each user's data (%LOCALAPPDATA%\VillageDesk:
; database, backups, keys) is never deleted, so reinstalling or upgrading keeps every record.
