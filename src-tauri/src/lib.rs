//! The TựKiểm desktop shell. It owns the window and the IPC boundary and nothing else: every
//! decision is a call into tukiem-core (`tukiem_core::app` for the use cases), and each
//! `*_commands.rs` only translates IPC ⇄ core.

mod check_commands;
mod commands;
mod incident_commands;
mod password_commands;
mod quiz_commands;
mod report_commands;
mod state;
mod training_commands;

use tauri::Manager;

pub fn run() {
    tauri::Builder::default()
        // Only our `open_system_page` command uses it, from Rust: the capability grants the
        // webview none of the plugin's own commands.
        .plugin(tauri_plugin_opener::init())
        // Only our `save_report` command uses it, from Rust: the webview gets no dialog permission.
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let data_dir = app.path().app_data_dir()?;
            let args = state::AppArgs::from_process();
            let state = state::AppState::load(data_dir, &args);
            let lang = state.language();
            // `--training` starts on the recorded machines. If they cannot be written out, the
            // app opens normally and the training screen says why when asked again.
            if args.training {
                let _ = training_commands::enter(app.handle(), &state);
            }
            app.manage(state);
            if let Some(window) = app.get_webview_window("main") {
                commands::retitle(&window, lang);
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::bootstrap,
            commands::advice,
            commands::set_language,
            password_commands::password_setup,
            password_commands::assess_password,
            password_commands::generate_password,
            password_commands::mark_done,
            password_commands::open_system_page,
            check_commands::checks_setup,
            check_commands::run_checks,
            check_commands::open_check_action,
            incident_commands::incident_setup,
            incident_commands::incident_mail,
            incident_commands::open_incident_mail,
            quiz_commands::quiz,
            quiz_commands::quiz_answer,
            quiz_commands::quiz_score,
            training_commands::training_setup,
            training_commands::start_training,
            training_commands::set_training_scenario,
            training_commands::stop_training,
            report_commands::summary,
            report_commands::save_report
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            // Only reached when the window system itself is unusable; nothing to show it in.
            eprintln!("{e}");
            std::process::exit(1);
        });
}
