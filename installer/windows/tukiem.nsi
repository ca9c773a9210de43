; TựKiểm's Windows installer (NSIS 3, built offline by scripts/windows-build with Debian's makensis).
;
; What it does mirrors Tauri's own NSIS template (crates/tauri-bundler/.../nsis/installer.nsi):
; a per-user install that needs no administrator rights, a WebView2 check at the registry keys
; Microsoft documents, the current user's Uninstall entry, Start-menu and desktop shortcuts, and
; an uninstaller that keeps the user's data unless asked. The script is the project's own because
; Tauri's bundler downloads NSIS plugins at build time (docs/windows-release.md says more).
;
; Defines (makensis -D...): VERSION (x.y.z), PUBLISHER and COPYRIGHT (the project's, from
; scripts/lib.sh: never the agency a profile names), SRCDIR (holding tukiem.exe, tukiem-cli.exe,
; WebView2Loader.dll), ICON, OUTFILE, IDENTIFIER (the app's data folder name).
;
; A Department's public key (*.pub) and bundle (*.tukiem) placed beside this installer are copied
; into the machine-wide folder %ProgramData%\TuKiem, where the app looks for them
; (docs/bundle.md); if that folder cannot be written, the install still succeeds.
;
; Command line: /S silent; /D=<folder> install folder (last argument); /NOWEBVIEW2CHECK installs
; even when the WebView2 Runtime is absent (for deployments that install it afterwards, and CI
; under Wine). Exit codes: 0 done, 1 cancelled, 2 failed (NSIS's own), 3 no WebView2 Runtime.

; A 64-bit installer for the 64-bit app (on 32-bit Windows, Windows itself refuses to start it).
Target amd64-unicode
Unicode true
ManifestDPIAware true
ManifestDPIAwareness PerMonitorV2
ManifestSupportedOS Win10
; Per user: never a UAC prompt (commune clerks often have no administrator rights).
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 32

!ifndef VERSION | PUBLISHER | COPYRIGHT | SRCDIR | ICON | OUTFILE | IDENTIFIER
  !error "scripts/windows-build passes VERSION, PUBLISHER, COPYRIGHT, SRCDIR, ICON, OUTFILE and IDENTIFIER"
!endif

!define PRODUCTNAME "TựKiểm"
; ASCII names for keys and folders: every tool that reads them copes.
!define KEYNAME "TuKiem"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${KEYNAME}"
!define APPKEY "Software\${KEYNAME}"
; The WebView2 Runtime's client id in EdgeUpdate (Microsoft's "Distribute your app and the
; WebView2 Runtime": detect the runtime by the `pv` value under these keys).
!define WEBVIEW2GUID "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh
!include WinVer.nsh

Name "${PRODUCTNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${KEYNAME}"
InstallDirRegKey HKCU "${APPKEY}" "InstallDir"
BrandingText "${PRODUCTNAME} ${VERSION}"
ShowInstDetails hide
ShowUninstDetails hide

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCTNAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCTNAME} ${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${COPYRIGHT}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
; The language the user picked is remembered for the uninstaller and the next update.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APPKEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Installer Language"
!define MUI_LANGDLL_ALLLANGUAGES

!define MUI_FINISHPAGE_RUN "$INSTDIR\tukiem.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Vietnamese first: the default for the installer and for the language list.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

Var NoWebView2Check
; %ProgramData%\TuKiem, and how many of the Department's files beside the installer did not reach it.
Var SystemDir
Var NotCopied

; After the variables: the strings name $SystemDir.
!include "strings.nsh"
Var DeleteDataBox
Var DeleteData

; The installed runtime's version, or "" when none: per machine (where Microsoft's 32-bit
; updater writes it on 64-bit Windows, then the native key) and per user. "0.0.0.0" means a
; broken or removed runtime.
!macro ReadWebView2Version out
  ReadRegStr ${out} HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2GUID}" "pv"
  ${If} ${out} == ""
    ReadRegStr ${out} HKLM "SOFTWARE\Microsoft\EdgeUpdate\Clients\${WEBVIEW2GUID}" "pv"
  ${EndIf}
  ${If} ${out} == ""
    ReadRegStr ${out} HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2GUID}" "pv"
  ${EndIf}
  ${If} ${out} == "0.0.0.0"
    StrCpy ${out} ""
  ${EndIf}
!macroend

Function .onInit
  ; Vietnamese unless the user chose otherwise last time (the list still offers English).
  StrCpy $LANGUAGE ${LANG_VIETNAMESE}
  !insertmacro MUI_LANGDLL_DISPLAY

  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NOWEBVIEW2CHECK" $R1
  ${If} ${Errors}
    StrCpy $NoWebView2Check 0
  ${Else}
    StrCpy $NoWebView2Check 1
  ${EndIf}

  ${If} $NoWebView2Check = 0
    !insertmacro ReadWebView2Version $R2
    ${If} $R2 == ""
      ; Installing would leave an app that cannot open: say what to install instead. On Windows
      ; 7 and 8.1 there is none to install (WebView2 ended there): the machine itself is the risk.
      ${IfNot} ${Silent}
        ${If} ${AtMostWin8.1}
          MessageBox MB_ICONEXCLAMATION|MB_OK "$(msgWindowsUnsupported)"
        ${Else}
          MessageBox MB_ICONEXCLAMATION|MB_OK "$(msgWebView2Missing)"
        ${EndIf}
      ${EndIf}
      SetErrorLevel 3
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${SRCDIR}\tukiem.exe"
  File "${SRCDIR}\tukiem-cli.exe"
  File "${SRCDIR}\WebView2Loader.dll"
  File "${SRCDIR}\third-party-notices.txt"
  File "${SRCDIR}\third-party-rust-licenses.txt"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${APPKEY}" "InstallDir" "$INSTDIR"

  ; The current user's Programs and Features entry.
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${PRODUCTNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" '"$INSTDIR\tukiem.exe",0'
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0

  CreateShortcut "$SMPROGRAMS\${PRODUCTNAME}.lnk" "$INSTDIR\tukiem.exe" "" "$INSTDIR\tukiem.exe" 0
  CreateShortcut "$DESKTOP\${PRODUCTNAME}.lnk" "$INSTDIR\tukiem.exe" "" "$INSTDIR\tukiem.exe" 0

  Call CopyDepartmentFiles
SectionEnd

; Copies the files matching `pattern` beside the installer ($EXEDIR) into $SystemDir, counting
; in $NotCopied those that could not be copied. Folders with a matching name are skipped.
!macro CopyBesideInstaller pattern
  ClearErrors
  FindFirst $R0 $R1 "$EXEDIR\${pattern}"
  ${DoWhile} $R1 != ""
    ${IfNot} ${FileExists} "$EXEDIR\$R1\*.*"
      ClearErrors
      CreateDirectory "$SystemDir"
      ; Never copy onto something that is not a folder (CopyFiles would overwrite a file there).
      ${If} ${FileExists} "$SystemDir\*.*"
        ClearErrors
        CopyFiles /SILENT /FILESONLY "$EXEDIR\$R1" "$SystemDir"
        ${If} ${Errors}
        ${OrIfNot} ${FileExists} "$SystemDir\$R1"
          IntOp $NotCopied $NotCopied + 1
        ${EndIf}
      ${Else}
        IntOp $NotCopied $NotCopied + 1
      ${EndIf}
    ${EndIf}
    FindNext $R0 $R1
  ${Loop}
  FindClose $R0
!macroend

; The Department's public keys and bundle, sent beside setup.exe, go into the machine-wide folder
; %ProgramData%\TuKiem (CSIDL_COMMON_APPDATA: $APPDATA in the "all users" context). A user
; without administrator rights may create a folder there. When it cannot be written (a file in
; the way, an administrator's ACL), the install still succeeds: the app uses what it finds there,
; and an interactive install says so.
Function CopyDepartmentFiles
  SetShellVarContext all
  StrCpy $SystemDir "$APPDATA\${KEYNAME}"
  SetShellVarContext current
  StrCpy $NotCopied 0
  !insertmacro CopyBesideInstaller "*.pub"
  !insertmacro CopyBesideInstaller "*.tukiem"
  ${If} $NotCopied > 0
    DetailPrint "$SystemDir: $NotCopied"
    IfSilent +2
      MessageBox MB_ICONINFORMATION|MB_OK "$(msgDepartmentFilesNotCopied)"
  ${EndIf}
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $DeleteData 0
FunctionEnd

; "Also delete my data": unticked by default, so an uninstall (or a reinstall) never loses the
; user's checklist, history and settings by surprise. Silent uninstalls keep the data.
Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "$(pageDataTitle)" "$(pageDataSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 36u "$(pageDataText)"
  Pop $0
  ${NSD_CreateCheckbox} 0 44u 100% 12u "$(deleteDataBox)"
  Pop $DeleteDataBox
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $DeleteDataBox $DeleteData
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$INSTDIR\tukiem.exe"
  Delete "$INSTDIR\tukiem-cli.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\third-party-notices.txt"
  Delete "$INSTDIR\third-party-rust-licenses.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${PRODUCTNAME}.lnk"
  Delete "$DESKTOP\${PRODUCTNAME}.lnk"

  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegValue HKCU "${APPKEY}" "InstallDir"

  ; %ProgramData%\TuKiem is left alone: it is the machine's, not this user's. Other accounts on the
  ; same PC may have TựKiểm installed and read the Department's key and bundle there; an
  ; administrator or GPO may have put them there; a reinstall or an update needs them. Only
  ; whoever placed them (docs/bundle.md) removes them.

  ${If} $DeleteData == ${BST_CHECKED}
    ; The app's data (settings, checklist, history) and the webview's cache.
    RMDir /r "$APPDATA\${IDENTIFIER}"
    RMDir /r "$LOCALAPPDATA\${IDENTIFIER}"
    DeleteRegKey HKCU "${APPKEY}"
  ${Else}
    DeleteRegKey /ifempty HKCU "${APPKEY}"
  ${EndIf}
SectionEnd
